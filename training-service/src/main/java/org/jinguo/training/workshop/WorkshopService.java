package org.jinguo.training.workshop;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workshops training knows from commerce-service's events. */
@Service
@Transactional(readOnly = true)
public class WorkshopService {

    private final WorkshopCopyRepository workshops;

    WorkshopService(WorkshopCopyRepository workshops) {
        this.workshops = workshops;
    }

    public boolean known(UUID id) {
        return workshops.known(id);
    }
}
