package org.jinguo.training.reference;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the towns and villages training's records name against this service's copy of the
 * regions (ADR 7; kept by messaging's shared listener).
 */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

    private final JdbcClient jdbc;

    ReferenceDataService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean townExists(String code) {
        return jdbc.sql("select count(*) from region_town where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** @return the town of an active village, empty if this copy knows no such active village */
    public Optional<String> townOfActiveVillage(UUID villageId) {
        return jdbc.sql("select town_code from region_village where id = :id and status = 'ACTIVE'")
                .param("id", villageId).query(String.class).optional();
    }
}
