package org.jinguo.care;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads care's database behind the service's back, to show what its tables hold at rest. */
public final class RawTables {

    private RawTables() {
    }

    /** The tables (of every kind) with a row whose text form holds one of the values, in clear or as UTF-8 hex. */
    public static List<String> rowsHolding(JdbcClient jdbc, String... values) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class).list();
        return tables.stream().filter(table -> {
            for (String value : values) {
                String hex = HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
                long rows = jdbc.sql("select count(*) from \"%s\" t where t::text like ? or t::text like ?".formatted(table))
                        .params("%" + value + "%", "%" + hex + "%").query(Long.class).single();
                if (rows > 0) {
                    return true;
                }
            }
            return false;
        }).toList();
    }
}
