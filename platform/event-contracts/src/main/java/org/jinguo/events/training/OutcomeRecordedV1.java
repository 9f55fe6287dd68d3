package org.jinguo.events.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a woman's training led to, as recorded or corrected. Subject and key: the person id.
 * commerce-service creates or links its employment record from an outcome naming a workshop.
 *
 * @param workshopId   a workshop known from commerce-service's events, or null (free-text workplace, or not employed)
 * @param employmentId commerce-service's employment record it is linked to, once known
 * @param startedOn    when the job started; null when not employed
 * @param revision     increases with every change of this outcome
 */
public record OutcomeRecordedV1(
        UUID id,
        UUID personId,
        UUID courseId,
        boolean employed,
        UUID workshopId,
        UUID employmentId,
        LocalDate startedOn,
        Long monthlyIncomeBeforeFen,
        Long monthlyIncomeAfterFen,
        String townCode,
        long revision) {
}
