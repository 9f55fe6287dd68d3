package org.jinguo.events.org;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit's coverage by an organisation after it started or ended. Subject: the unit id. Covered
 * from {@code startedOn} to {@code endedOn}, both days included; {@code endedOn} is null while it
 * lasts. An {@code endedOn} before {@code startedOn} withdraws a coverage that never began (it
 * was handed over to another organisation first).
 *
 * @param mode {@code STANDALONE}, {@code INDUSTRY_WIDE} or {@code REGIONAL_JOINT}
 */
public record CoverageChangedV1(
        UUID id,
        UUID unitId,
        UUID organizationId,
        String mode,
        LocalDate startedOn,
        LocalDate endedOn) {
}
