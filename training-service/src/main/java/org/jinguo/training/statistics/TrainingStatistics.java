package org.jinguo.training.statistics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jinguo.web.statistics.ReportScope;

/**
 * training's section of the impact report (docs/domain.md, "The impact report"), computed from
 * the records of its scope.
 */
public record TrainingStatistics(@JsonUnwrapped ReportScope scope, long skillsSessionsHeld, long womenEmployed,
                                 long averageYearlyIncomeRiseFen, long mentors, long mentorAgreements, long competitionContestants,
                                 long familyEducationLectures, long onlineViewers) {
}
