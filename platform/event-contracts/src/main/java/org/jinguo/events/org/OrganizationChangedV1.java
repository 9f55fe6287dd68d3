package org.jinguo.events.org;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Full state of a federation organisation after a change. Subject: the organisation id. Its
 * status on a day follows from the dates: preparing from {@code preparedOn}, active from
 * {@code foundedOn}, dissolved from {@code dissolvedOn}.
 *
 * @param type     {@code CITY}, {@code TOWN}, {@code VILLAGE}, {@code INDUSTRY} or {@code UNIT}
 * @param industry the industry of an industry federation, null for the other types
 * @param townCode null for the city federation and for city-wide industry federations
 * @param parentId null for the city federation only
 * @param revision increases with every change of this organisation
 */
public record OrganizationChangedV1(
        UUID id,
        String type,
        String nameZh,
        String nameEn,
        String industry,
        String townCode,
        UUID villageId,
        UUID parentId,
        String address,
        LocalDate preparedOn,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        long revision) {
}
