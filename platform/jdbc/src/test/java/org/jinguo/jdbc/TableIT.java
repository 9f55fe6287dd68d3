package org.jinguo.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jinguo.testsupport.TestPostgres;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The shared statements against a real table, its parameters named after its columns. */
class TableIT {

    private record Stall(UUID id, String townCode, String nameZh, long version) {
    }

    private static final RowMapper<Stall> ROW = (rs, n) -> new Stall(rs.getObject("id", UUID.class), rs.getString("town_code"),
            rs.getString("name_zh"), rs.getLong("version"));
    private static final BiFunction<StatementSpec, Stall, StatementSpec> BINDER = (statement, stall) -> statement.param("id", stall.id())
            .param("townCode", stall.townCode()).param("nameZh", stall.nameZh()).param("version", stall.version());

    private JdbcClient jdbc;
    private Table<Stall> stalls;

    @BeforeEach
    void newTable() {
        TestPostgres.Database database = TestPostgres.get().newDatabase();
        jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
        jdbc.sql("create table stall (id uuid primary key, town_code text not null, name_zh text not null, version bigint not null)").update();
        stalls = new Table<>(jdbc, "stall", "id, town_code, name_zh, version", ROW, BINDER);
    }

    @Test
    void insertsAndFindsARowByItsId() {
        Stall stall = new Stall(UUID.randomUUID(), "330102001", "古山镇手作摊", 0);

        stalls.insert(stall);

        assertThat(stalls.find(stall.id())).contains(stall);
        assertThat(stalls.exists(stall.id())).isTrue();
        assertThat(stalls.find(UUID.randomUUID())).isEmpty();
        assertThat(stalls.exists(UUID.randomUUID())).isFalse();
    }

    @Test
    void updatesOnlyAtTheVersionItWasReadAt() {
        Stall stall = new Stall(UUID.randomUUID(), "330102001", "古山镇手作摊", 0);
        stalls.insert(stall);
        Stall renamed = new Stall(stall.id(), "330102002", "新街手作摊", 1);

        assertThat(stalls.update(renamed, 1)).as("read at a version it never had").isFalse();
        assertThat(stalls.find(stall.id())).contains(stall);
        assertThat(stalls.update(renamed, 0)).isTrue();
        assertThat(stalls.find(stall.id())).contains(renamed);
        assertThat(stalls.update(new Stall(stall.id(), "330102002", "又一名", 2), 0)).as("a second writer at the old version").isFalse();
        assertThat(stalls.update(new Stall(UUID.randomUUID(), "330102002", "无此摊", 1), 0)).as("a row that is not there").isFalse();
    }

    @Test
    void leavesItsFixedColumnsAsTheInsertWroteThem() {
        Table<Stall> stallsInTheirTown = new Table<>(jdbc, "stall", "id, town_code, name_zh, version", ROW, BINDER, Set.of("town_code"));
        Stall stall = new Stall(UUID.randomUUID(), "330102001", "古山镇手作摊", 0);
        stallsInTheirTown.insert(stall);

        assertThat(stallsInTheirTown.update(new Stall(stall.id(), "330102002", "新街手作摊", 1), 0)).isTrue();

        assertThat(stallsInTheirTown.find(stall.id())).contains(new Stall(stall.id(), "330102001", "新街手作摊", 1));
        assertThatThrownBy(() -> new Table<>(jdbc, "stall", "id, town_code, name_zh, version", ROW, BINDER, Set.of("opened_on")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opened_on");
    }

    @Test
    void pagesAFilteredListWithItsTotal() {
        for (int i = 0; i < 5; i++) {
            stalls.insert(new Stall(UUID.randomUUID(), i < 3 ? "330102001" : "330102002", "摊" + i, 0));
        }

        Page<Stall> second = stalls.page(Filter.where().equal("town_code", "330102001"), "name_zh, id", new PageQuery(1, 2, List.of()));
        Page<Stall> all = stalls.page(Filter.where().equal("town_code", null), "name_zh desc, id", new PageQuery(0, 10, List.of()));

        assertThat(second.items()).extracting(Stall::nameZh).containsExactly("摊2");
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
        assertThat(all.items()).extracting(Stall::nameZh).containsExactly("摊4", "摊3", "摊2", "摊1", "摊0");
    }

    @Test
    void pagesTheRowsAFilterKeeps() {
        stalls.insert(new Stall(UUID.randomUUID(), "330102001", "古山100%手作", 0));
        stalls.insert(new Stall(UUID.randomUUID(), "330102001", "古山手作", 0));
        stalls.insert(new Stall(UUID.randomUUID(), "330102002", "新街100%手作", 0));

        Page<Stall> kept = stalls.page(Filter.where().equal("town_code", "330102001").contains("100%", "name_zh"), "id",
                new PageQuery(0, 10, List.of()));
        Page<Stall> all = stalls.page(Filter.where().equal("town_code", null), "id", new PageQuery(0, 10, List.of()));

        assertThat(kept.items()).extracting(Stall::nameZh).containsExactly("古山100%手作");
        assertThat(kept.totalItems()).isEqualTo(1);
        assertThat(all.totalItems()).isEqualTo(3);
    }

    @Test
    void refusesATableWithoutAnIdOrAVersion() {
        assertThatThrownBy(() -> new Table<Stall>(jdbc, "stall", "id, town_code", (rs, n) -> null, (s, stall) -> s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stall");
    }
}
