package org.jinguo.events.commerce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A woman started work at a workshop. Subject and key: the employment id.
 *
 * @param personId training-service's person id when she came through training, else null
 * @param outcomeId the training outcome this employment was created from or linked to, or null; an
 *                  employment is announced again, with the same id, when it is linked to an outcome later
 * @param monthlyPayFen her monthly pay in fen, or null when not known
 */
public record EmploymentStartedV1(
        UUID id,
        UUID workshopId,
        UUID personId,
        UUID outcomeId,
        String townCode,
        LocalDate startedOn,
        Long monthlyPayFen) {
}
