package org.jinguo.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * One of a service's tables whose rows are records with an {@code id} and a {@code version}, and
 * the statements a repository would otherwise write again for each of them. A repository extends
 * it (or holds one per table) and adds the queries of its own domain.
 * <p>Statements name their parameters after the columns in camel case ({@code town_code} as
 * {@code :townCode}), so the binder given binds each column under that name. The table's name,
 * its columns and the orders given are SQL written in code, never a caller's text: orders come
 * from {@code SortableFields}, values only as parameters.
 */
public class Table<T> {

    protected final JdbcClient jdbc;
    private final String name;
    private final String columns;
    private final RowMapper<T> row;
    private final BiFunction<StatementSpec, T, StatementSpec> binder;
    private final String insert;
    private final String update;

    /**
     * @param columns the table's columns, comma separated, {@code id} and {@code version} among them
     * @param binder  binds every column of a record under its parameter name
     */
    public Table(JdbcClient jdbc, String name, String columns, RowMapper<T> row, BiFunction<StatementSpec, T, StatementSpec> binder) {
        this(jdbc, name, columns, row, binder, Set.of());
    }

    /**
     * @param fixed columns written once, by the insert, that an update leaves as they are (a
     *              record's town, the day it opened)
     */
    public Table(JdbcClient jdbc, String name, String columns, RowMapper<T> row, BiFunction<StatementSpec, T, StatementSpec> binder,
                 Set<String> fixed) {
        this.jdbc = jdbc;
        this.name = name;
        this.columns = columns;
        this.row = row;
        this.binder = binder;
        List<String> names = Arrays.stream(columns.split(",")).map(String::strip).toList();
        if (!names.contains("id") || !names.contains("version")) {
            throw new IllegalArgumentException(name + " needs an id and a version column");
        }
        if (!names.containsAll(fixed) || fixed.contains("version")) {
            throw new IllegalArgumentException(name + ": fixed columns " + fixed + " must be among its columns, its version not among them");
        }
        this.insert = "insert into " + name + " (" + String.join(", ", names) + ") values ("
                + names.stream().map(column -> ":" + parameter(column)).collect(Collectors.joining(", ")) + ")";
        this.update = "update " + name + " set "
                + names.stream().filter(column -> !column.equals("id") && !fixed.contains(column)).map(column -> column + " = :" + parameter(column))
                        .collect(Collectors.joining(", "))
                + " where id = :id and version = :expected";
    }

    public Optional<T> find(UUID id) {
        return jdbc.sql("select " + columns + " from " + name + " where id = :id").param("id", id).query(row).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from " + name + " where id = :id)").param("id", id).query(Boolean.class).single();
    }

    public void insert(T record) {
        binder.apply(jdbc.sql(insert), record).update();
    }

    /**
     * Writes every column but the id and the fixed ones.
     *
     * @return false when the row changed since it was read at {@code expectedVersion}, or is gone
     */
    public boolean update(T record, long expectedVersion) {
        return binder.apply(jdbc.sql(update), record).param("expected", expectedVersion).update() == 1;
    }

    /** One page of the rows the filter keeps, with their total. */
    public Page<T> page(Filter filter, String orderBy, PageQuery query) {
        return filter.page(jdbc, columns, name, orderBy, row, query);
    }

    private static String parameter(String column) {
        StringBuilder camel = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
