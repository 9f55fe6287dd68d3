package org.jinguo.events.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Full state of a village or community after a change. Subject: the village id.
 *
 * @param kind      {@code VILLAGE} or {@code COMMUNITY}
 * @param status    {@code ACTIVE} or {@code RETIRED}
 * @param retiredOn the local date the retirement took effect, null while active
 * @param revision  increases with every change of this village
 */
public record VillageChangedV1(
        UUID id,
        String townCode,
        String kind,
        String nameZh,
        String nameEn,
        BigDecimal latitude,
        BigDecimal longitude,
        String status,
        LocalDate retiredOn,
        long revision) {
}
