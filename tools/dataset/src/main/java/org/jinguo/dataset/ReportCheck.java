package org.jinguo.dataset;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Asks the gateway for the impact report and compares it, figure by figure, with what a data set implies. */
public final class ReportCheck {

    private ReportCheck() {
    }

    /** The report of a period (and town, or null for the city) as the gateway answers it. */
    public static Api.Reply report(Api api, LocalDate from, LocalDate to, String townCode) {
        return api.get("/api/v1/reports/impact?from=" + from + "&to=" + to + (townCode == null ? "" : "&townCode=" + Api.query(townCode)));
    }

    /** @return each figure that differs, as {@code section.field: expected E, answered A}; printed as a table to {@code out} if given */
    public static List<String> differences(Api api, DataSet data, LocalDate from, LocalDate to, String townCode, PrintStream out) {
        Api.Reply answer = report(api, from, to, townCode).expect(200);
        return differences(ExpectedReport.of(data, from, to, townCode), Report.of(answer.json()), out);
    }

    public static List<String> differences(Report expected, Report answered, PrintStream out) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : Report.FIELDS.entrySet()) {
            Map<String, Long> figures = answered.sections().get(section.getKey());
            for (String field : section.getValue()) {
                long wanted = expected.figure(section.getKey(), field);
                Long got = figures == null ? null : figures.get(field);
                if (out != null) {
                    out.printf("%-45s %,18d %18s%n", section.getKey() + "." + field, wanted, got == null ? "UNAVAILABLE" : String.format("%,d", got));
                }
                if (got == null || got != wanted) {
                    differences.add(section.getKey() + "." + field + ": expected " + wanted + ", answered " + got);
                }
            }
        }
        return differences;
    }
}
