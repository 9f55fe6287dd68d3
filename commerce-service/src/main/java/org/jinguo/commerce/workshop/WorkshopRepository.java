package org.jinguo.commerce.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.paging.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class WorkshopRepository {

    private static final String COLUMNS = "id, name_zh, kind, host_organization_id, town_code, village_id, products, opened_on, closed_on,"
            + " version";
    private static final String FILTER = """
             where (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:kind as text) is null or kind = :kind)
               and (cast(:activeOn as date) is null or (opened_on <= :activeOn and (closed_on is null or closed_on > :activeOn)))
               and (cast(:name as text) is null or name_zh ilike :name)
            """;

    private final JdbcClient jdbc;

    void insert(Workshop workshop) {
        bind(jdbc.sql("insert into workshop (" + COLUMNS + ") values (:id, :nameZh, :kind, :hostOrganizationId, :townCode, :villageId,"
                + " :products, :openedOn, :closedOn, :version)"), workshop).update();
    }

    boolean update(Workshop workshop, long expectedVersion) {
        return bind(jdbc.sql("""
                update workshop set name_zh = :nameZh, kind = :kind, host_organization_id = :hostOrganizationId, village_id = :villageId,
                       products = :products, closed_on = :closedOn, version = :version
                where id = :id and version = :expected
                """), workshop).param("expected", expectedVersion).update() == 1;
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from workshop where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Workshop> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from workshop where id = :id").param("id", id).query(WorkshopRepository::row).optional();
    }

    List<Workshop> search(WorkshopFilter filter, long offset, int limit) {
        return filtered("select " + COLUMNS + " from workshop" + FILTER + " order by town_code, name_zh, id offset :offset limit :limit",
                filter).param("offset", offset).param("limit", limit).query(WorkshopRepository::row).list();
    }

    long count(WorkshopFilter filter) {
        return filtered("select count(*) from workshop" + FILTER, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, WorkshopFilter filter) {
        return jdbc.sql(sql).param("townCode", filter.townCode()).param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("activeOn", filter.activeOn()).param("name", LikePatterns.containing(filter.name()));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Workshop workshop) {
        WorkshopProfile profile = workshop.profile();
        return statement.param("id", workshop.id()).param("nameZh", profile.nameZh()).param("kind", profile.kind().name())
                .param("hostOrganizationId", profile.hostOrganizationId()).param("townCode", profile.townCode())
                .param("villageId", profile.villageId()).param("products", profile.products().toArray(String[]::new))
                .param("openedOn", workshop.openedOn()).param("closedOn", workshop.closedOn()).param("version", workshop.version());
    }

    private static Workshop row(ResultSet rs, int rowNumber) throws SQLException {
        WorkshopProfile profile = new WorkshopProfile(rs.getString("name_zh"), WorkshopKind.valueOf(rs.getString("kind")),
                rs.getObject("host_organization_id", UUID.class), rs.getString("town_code"), rs.getObject("village_id", UUID.class),
                Arrays.asList((String[]) rs.getArray("products").getArray()));
        return new Workshop(rs.getObject("id", UUID.class), profile, rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getLong("version"));
    }
}
