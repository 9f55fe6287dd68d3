package org.jinguo.web.time;

import java.time.LocalDate;

import org.jinguo.web.problem.ApiException;

/** The period a statistics request asks about: both days included, {@code from} not after {@code to}, both in years 2000–2999. */
public final class ReportPeriod {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private ReportPeriod() {
    }

    /** @throws ApiException 400 naming the field that is out of range or before {@code from} */
    public static void require(LocalDate from, LocalDate to) {
        if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
            throw ApiException.invalid("from", "DATE_OUT_OF_RANGE", EARLIEST, LATEST);
        }
        if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw ApiException.invalid("to", "DATE_OUT_OF_RANGE", EARLIEST, LATEST);
        }
        if (to.isBefore(from)) {
            throw ApiException.invalid("to", "TO_BEFORE_FROM");
        }
    }
}
