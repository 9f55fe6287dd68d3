package org.jinguo.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jinguo.web.paging.LikePatterns;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /**
     * One page of the rows of a query that are kept, with their total: {@code select <columns> from
     * <from> where ... order by <orderBy>}, and {@code select count(*) from <from> where ...}.
     *
     * @param from    a table, or tables joined, whose columns the conditions name
     * @param orderBy an order that makes the pages stable (ending in a unique column)
     */
    public <T> Page<T> page(JdbcClient jdbc, String columns, String from, String orderBy, RowMapper<T> row, PageQuery query) {
        List<T> items = bind(jdbc.sql("select " + columns + " from " + from + " " + sql() + " order by " + orderBy
                + " offset :offset limit :limit")).param("offset", query.offset()).param("limit", query.size()).query(row).list();
        return Page.of(items, query, bind(jdbc.sql("select count(*) from " + from + " " + sql())).query(Long.class).single());
    }

    /** @return {@code where ...}, or the empty string when no condition was given */
    public String sql() {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    /** Binds the values of the conditions given to a statement that holds {@link #sql()}. */
    public StatementSpec bind(StatementSpec statement) {
        values.forEach(statement::param);
        return statement;
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
