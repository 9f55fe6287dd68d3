package org.jinguo.reference;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The tables of one reference copy, migrated from this module's {@code db/reference-data/<copy>}
 * with a Flyway history of their own ({@code flyway_reference_<copy>_history}), so that the
 * module changes its tables without touching any service's migrations.
 *
 * <p>A database whose service created the tables itself has no such history yet: it is
 * baselined at version 0, and the module's first migration, written with {@code if not exists},
 * adopts the tables as they are.
 */
public final class ReferenceCopyTables {

    private final Flyway flyway;

    public ReferenceCopyTables(DataSource dataSource, String copy) {
        this.flyway = Flyway.configure(ReferenceCopyTables.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/reference-data/" + copy)
                .table("flyway_reference_" + copy + "_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    public MigrateResult migrate() {
        return flyway.migrate();
    }
}
