package org.jinguo.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jinguo.web.paging.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The {@code where} clause of a list whose filters are all optional: each condition is added only
 * when the caller gave its value, so an empty filter lists every row. Columns are SQL written in
 * code; values travel only as parameters.
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Filter where() {
        return new Filter();
    }

    /** {@code column = value}; an enumeration by its code. */
    public Filter equal(String column, Object value) {
        return compare(column, "=", value);
    }

    public Filter onOrAfter(String column, Object value) {
        return compare(column, ">=", value);
    }

    public Filter onOrBefore(String column, Object value) {
        return compare(column, "<=", value);
    }

    /** Rows where any of the columns contains the text, ignoring case; the caller's wildcards match literally. */
    public Filter contains(String text, String... columns) {
        if (text == null) {
            return this;
        }
        String parameter = next(LikePatterns.containing(text));
        conditions.add(Stream.of(columns).map(column -> column + " ilike :" + parameter)
                .collect(Collectors.joining(" or ", columns.length > 1 ? "(" : "", columns.length > 1 ? ")" : "")));
        return this;
    }

    /**
     * A condition of the domain's own, when {@code value} is given.
     *
     * @param condition SQL with one {@code ?}, where the value goes (e.g. {@code opened_on <= ? and (closed_on is null or closed_on > ?)}
     *                  takes it twice)
     */
    public Filter when(Object value, String condition) {
        if (value != null) {
            conditions.add("(" + condition.replace("?", ":" + next(value)) + ")");
        }
        return this;
    }

    /** @return {@code where ...}, or the empty string when no condition was given */
    public String sql() {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    public UnaryOperator<StatementSpec> parameters() {
        return statement -> {
            values.forEach(statement::param);
            return statement;
        };
    }

    private Filter compare(String column, String operator, Object value) {
        if (value != null) {
            conditions.add(column + " " + operator + " :" + next(value));
        }
        return this;
    }

    private String next(Object value) {
        String name = "filter" + values.size();
        values.put(name, value instanceof Enum<?> code ? code.name() : value);
        return name;
    }
}
