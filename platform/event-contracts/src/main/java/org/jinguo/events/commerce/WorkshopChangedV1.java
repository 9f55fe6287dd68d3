package org.jinguo.events.commerce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A workshop's full state after a change. Subject: the workshop id.
 *
 * @param kind     {@code WORKSHOP} (共富工坊) or {@code PROCESSING_POINT} (outsourced processing)
 * @param status   {@code OPEN} or {@code CLOSED}
 * @param closedOn null while open
 * @param revision increases with every change of this workshop
 */
public record WorkshopChangedV1(
        UUID id,
        String nameZh,
        String kind,
        UUID hostOrganizationId,
        String townCode,
        UUID villageId,
        String status,
        LocalDate openedOn,
        LocalDate closedOn,
        long revision) {
}
