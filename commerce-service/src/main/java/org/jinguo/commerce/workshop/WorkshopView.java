package org.jinguo.commerce.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A workshop as the API shows it; {@code status} is OPEN until it is closed. */
record WorkshopView(UUID id, String nameZh, WorkshopKind kind, UUID hostOrganizationId, String townCode, UUID villageId,
                    List<String> products, String status, LocalDate openedOn, LocalDate closedOn, long version) {

    static WorkshopView of(Workshop workshop) {
        WorkshopProfile profile = workshop.profile();
        return new WorkshopView(workshop.id(), profile.nameZh(), profile.kind(), profile.hostOrganizationId(), profile.townCode(),
                profile.villageId(), profile.products(), workshop.closed() ? "CLOSED" : "OPEN", workshop.openedOn(), workshop.closedOn(),
                workshop.version());
    }
}
