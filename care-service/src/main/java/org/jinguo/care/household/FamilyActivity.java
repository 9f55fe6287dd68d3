package org.jinguo.care.household;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A family activity and how many households took part.
 *
 * @param townCode null for a city-wide activity, which counts in the city report only
 */
record FamilyActivity(UUID id, ActivityKind kind, String title, LocalDate heldOn, @Nullable String townCode, @Nullable String place,
                      @Nullable UUID hostOrganizationId, int households) {
}
