package org.jinguo.training.statistics;

import java.time.LocalDate;

/**
 * training's section of the impact report (docs/domain.md, "The impact report"), computed from
 * records for [from, to] and, when given, one town. {@code townCode} null means the whole city.
 */
public record TrainingStatistics(LocalDate from, LocalDate to, String townCode, long skillsSessionsHeld, long womenEmployed,
                                 long averageYearlyIncomeRiseFen, long mentors, long mentorAgreements, long competitionContestants,
                                 long familyEducationLectures, long onlineViewers) {
}
