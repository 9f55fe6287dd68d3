package org.jinguo.web.statistics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.ReportPeriod;

/**
 * What a statistics request asks about: a period, both days included, and one town or, as
 * {@code null}, the whole city. Every section of the impact report starts its answer with it.
 */
public record ReportScope(LocalDate from, LocalDate to, @Nullable String townCode) {

    /**
     * The scope a caller may ask for: for town staff always their own town.
     *
     * @throws ApiException 400 for a period out of range or ending before it starts, 403 {@code OTHER_TOWN}
     *                      for town staff asking about another town
     */
    public static ReportScope of(LocalDate from, LocalDate to, String requestedTown) {
        ReportPeriod.require(from, to);
        return new ReportScope(from, to, TownScope.listFilter(requestedTown));
    }

    /** SQL keeping the records of {@code :townCode} in that column, or every record (those of no town too) when it is null. */
    public static String townFilter(String column) {
        return "(cast(:townCode as text) is null or " + column + " = :townCode)";
    }
}
