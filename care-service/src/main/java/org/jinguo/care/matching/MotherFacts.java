package org.jinguo.care.matching;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jinguo.care.mother.Skill;

/**
 * What matching knows of an active caring mother.
 *
 * @param place her approximate home (her own coordinates, else her village's)
 * @param load  children she cares for already (confirmed matches)
 */
record MotherFacts(UUID id, Place place, Set<Skill> skills, int capacity, int load, Integer preferredAgeMin, Integer preferredAgeMax,
                   LocalDate safeguardingCheckedOn) {

    int room() {
        return Math.max(0, capacity - load);
    }
}
