package org.jinguo.events.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's case was registered. Subject and key: the child id.
 *
 * @param category  LEFT_BEHIND, IN_DIFFICULTY, DISABLED_OR_AUTISTIC or OTHER
 * @param villageId null when not known
 */
public record ChildRegisteredV1(
        UUID childId,
        String caseNumber,
        String category,
        String townCode,
        UUID villageId,
        LocalDate registeredOn) {
}
