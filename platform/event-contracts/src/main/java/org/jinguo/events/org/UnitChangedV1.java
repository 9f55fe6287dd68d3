package org.jinguo.events.org;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Full state of a unit of the register after a change. Subject: the unit id.
 *
 * @param creditCode the unified social credit code (18 characters, GB 32100-2015)
 * @param domain     {@code NEW_ECONOMIC_ORGANIZATION}, {@code NEW_SOCIAL_ORGANIZATION} or {@code NEW_EMPLOYMENT_GROUP}
 * @param revision   increases with every change of this unit
 */
public record UnitChangedV1(
        UUID id,
        String nameZh,
        String creditCode,
        String domain,
        String industry,
        String townCode,
        UUID villageId,
        int headcount,
        int womenHeadcount,
        LocalDate registeredOn,
        long revision) {
}
