package org.jinguo.commerce.statistics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jinguo.web.statistics.ReportScope;

/**
 * commerce's section of the impact report (docs/domain.md, "The impact report"), computed from the
 * records of its scope.
 *
 * @param workshopEmployees         distinct women with an employment at a workshop active on {@code to}
 * @param averageMonthlyPayFen      the mean monthly pay of those employments whose pay is known, half-up to the fen
 */
public record CommerceStatistics(@JsonUnwrapped ReportScope scope, long marketEvents, long marketConsumptionFen,
                                 long onlineConsumptionFen, long expoTurnoverFen, long workshops, long workshopEmployees,
                                 long averageMonthlyPayFen) {
}
