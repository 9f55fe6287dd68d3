package org.jinguo.events.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit or service record was logged for a child. Subject and key: the visit id. Its notes stay in care-service.
 *
 * @param motherId the caring mother who logged it, or null
 * @param helperId the helper who logged it, or null
 * @param kind     HOME_VISIT, TUTORING, OUTING or CALL
 */
public record VisitLoggedV1(
        UUID visitId,
        UUID childId,
        UUID motherId,
        UUID helperId,
        String kind,
        LocalDate visitedOn,
        int durationMinutes,
        String townCode) {
}
