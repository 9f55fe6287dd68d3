package org.jinguo.care.mother;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What matching reads about a caring mother, in clear.
 *
 * @param latitude  her approximate home, rounded to 0.01° (about a kilometre); null when not given
 * @param capacity  how many children she cares for at once
 * @param preferredAgeMin the youngest age she prefers, or null
 */
public record MotherProfile(List<Skill> skills, String townCode, @Nullable UUID villageId, @Nullable BigDecimal latitude,
                            @Nullable BigDecimal longitude, int capacity, List<Availability> availability,
                            @Nullable Integer preferredAgeMin, @Nullable Integer preferredAgeMax, @Nullable LocalDate safeguardingCheckedOn) {
}
