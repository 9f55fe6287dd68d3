package org.jinguo.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.jinguo.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A copy's tables, in a new database and in one whose service created them before this module did. */
class ReferenceCopyTablesIT {

    @Test
    void createsTheTablesOfANewDatabaseUnderTheirOwnHistory() {
        DriverManagerDataSource dataSource = newDatabase();

        assertThat(new ReferenceCopyTables(dataSource, "regions").migrate().migrationsExecuted).isEqualTo(1);

        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(tables(jdbc)).contains("region_town", "region_town_neighbor", "region_village", "flyway_reference_regions_history");
        assertThat(versions(jdbc, "flyway_reference_regions_history")).containsExactly("1");
    }

    @Test
    void adoptsTheTablesAServiceCreatedInItsOwnMigrationsWithTheirRows() {
        DriverManagerDataSource dataSource = newDatabase();
        // As earlier versions left a service's database: the copy's tables made by the service's
        // own first migration, in the service's history, and already filled from the topic.
        Flyway.configure().dataSource(dataSource).locations("classpath:db/reference-data/organizations").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into organization_copy (id, type, name_zh, revision) values ('0190d0c4-0000-7000-8000-000000000001', 'TOWN_FEDERATION', '古山镇妇联', 3)")
                .update();

        ReferenceCopyTables tables = new ReferenceCopyTables(dataSource, "organizations");
        tables.migrate();

        assertThat(versions(jdbc, "flyway_reference_organizations_history")).containsExactly("0", "1");
        assertThat(jdbc.sql("select revision from organization_copy").query(Long.class).list()).containsExactly(3L);
        assertThat(versions(jdbc, "flyway_schema_history")).as("the service's own history is left as it was").containsExactly("1");
        assertThat(tables.migrate().migrationsExecuted).as("a restart").isZero();
    }

    private static DriverManagerDataSource newDatabase() {
        TestPostgres.Database database = TestPostgres.get().newDatabase();
        return new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password());
    }

    private static List<String> tables(JdbcClient jdbc) {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'").query(String.class).list();
    }

    private static List<String> versions(JdbcClient jdbc, String history) {
        return jdbc.sql("select version from " + history + " where success order by installed_rank").query(String.class).list();
    }
}
