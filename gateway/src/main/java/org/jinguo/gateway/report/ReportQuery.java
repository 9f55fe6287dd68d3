package org.jinguo.gateway.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jinguo.values.TownCode;
import org.jspecify.annotations.Nullable;

/**
 * The report's query as the caller gave it, read whole so that every invalid field is named at
 * once: field → the code of what is wrong with it.
 */
record ReportQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String townCode, Map<String, String> invalid) {

    static ReportQuery read(@Nullable String from, @Nullable String to, @Nullable String townCode) {
        Map<String, String> invalid = new LinkedHashMap<>();
        LocalDate start = date("from", from, invalid);
        LocalDate end = date("to", to, invalid);
        if (start != null && end != null && end.isBefore(start)) {
            invalid.put("to", "TO_BEFORE_FROM");
        }
        if (townCode != null && !townCode.matches(TownCode.FORMAT)) {
            invalid.put("townCode", "INVALID_TOWN_CODE");
        }
        return new ReportQuery(start, end, townCode, invalid);
    }

    private static @Nullable LocalDate date(String field, @Nullable String text, Map<String, String> invalid) {
        if (text == null || text.isBlank()) {
            invalid.put(field, "REQUIRED");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                invalid.put(field, "DATE_OUT_OF_RANGE");
                return null;
            }
            return date;
        } catch (DateTimeException notADate) {
            invalid.put(field, "INVALID_DATE");
            return null;
        }
    }
}
