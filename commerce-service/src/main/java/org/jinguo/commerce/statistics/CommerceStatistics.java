package org.jinguo.commerce.statistics;

import java.time.LocalDate;

/**
 * commerce's section of the impact report (docs/domain.md, "The impact report"), computed from records for [from, to] and,
 * when given, one town; {@code townCode} null means the whole city.
 *
 * @param workshopEmployees         distinct women with an employment at a workshop active on {@code to}
 * @param averageMonthlyPayFen      the mean monthly pay of those employments whose pay is known, half-up to the fen
 */
public record CommerceStatistics(LocalDate from, LocalDate to, String townCode, long marketEvents, long marketConsumptionFen,
                                 long onlineConsumptionFen, long expoTurnoverFen, long workshops, long workshopEmployees,
                                 long averageMonthlyPayFen) {
}
