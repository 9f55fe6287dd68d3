package org.jinguo.commerce.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A workshop as the API shows it; {@code status} is OPEN until it is closed. */
record WorkshopView(UUID id, String nameZh, WorkshopKind kind, @Nullable UUID hostOrganizationId, String townCode, @Nullable UUID villageId,
                    List<String> products, WorkshopStatus status, LocalDate openedOn, @Nullable LocalDate closedOn, long version) {

    static WorkshopView of(Workshop workshop) {
        WorkshopProfile profile = workshop.profile();
        return new WorkshopView(workshop.id(), profile.nameZh(), profile.kind(), profile.hostOrganizationId(), profile.townCode(),
                profile.villageId(), profile.products(), workshop.closed() ? WorkshopStatus.CLOSED : WorkshopStatus.OPEN, workshop.openedOn(), workshop.closedOn(),
                workshop.version());
    }
}
