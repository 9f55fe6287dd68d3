package org.jinguo.care.mother;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What matching reads about a caring mother, in clear.
 *
 * @param latitude  her approximate home, rounded to 0.01° (about a kilometre); null when not given
 * @param capacity  how many children she cares for at once
 * @param preferredAgeMin the youngest age she prefers, or null
 */
public record MotherProfile(List<Skill> skills, String townCode, UUID villageId, BigDecimal latitude, BigDecimal longitude, int capacity,
                            List<Availability> availability, Integer preferredAgeMin, Integer preferredAgeMax,
                            LocalDate safeguardingCheckedOn) {
}
