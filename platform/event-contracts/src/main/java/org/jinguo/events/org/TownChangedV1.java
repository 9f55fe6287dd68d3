package org.jinguo.events.org;

import java.math.BigDecimal;
import java.util.List;

/**
 * Full state of a town (town, sub-district or zone) after a change. Subject: the town code.
 *
 * @param kind              {@code SUBDISTRICT}, {@code TOWN} or {@code ZONE}
 * @param latitude          WGS-84 degrees, null until entered
 * @param longitude         WGS-84 degrees, null until entered
 * @param neighborTownCodes the towns that share a border with this one, sorted
 * @param revision          increases with every change of this town
 */
public record TownChangedV1(
        String code,
        String kind,
        String nameZh,
        String nameEn,
        BigDecimal latitude,
        BigDecimal longitude,
        List<String> neighborTownCodes,
        long revision) {
}
