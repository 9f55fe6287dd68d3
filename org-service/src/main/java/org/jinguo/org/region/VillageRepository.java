package org.jinguo.org.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.paging.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class VillageRepository {

    private static final String COLUMNS = "id, town_code, kind, name_zh, name_en, latitude, longitude, status, retired_on, version";
    private static final String FILTER = """
             where (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:kind as text) is null or kind = :kind)
               and (cast(:status as text) is null or status = :status)
               and (cast(:name as text) is null or name_zh ilike :name or name_en ilike :name)
            """;

    private final JdbcClient jdbc;

    void insert(Village village) {
        bind(jdbc.sql("insert into village (" + COLUMNS + ") values (:id, :townCode, :kind, :nameZh, :nameEn,"
                + " :latitude, :longitude, :status, :retiredOn, :version)"), village)
                .param("townCode", village.townCode())
                .update();
    }

    Optional<Village> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from village where id = :id").param("id", id).query(VillageRepository::row).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from village where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean activeNameTaken(String townCode, String nameZh, UUID except) {
        return jdbc.sql("""
                select count(*) from village
                where town_code = :townCode and name_zh = :nameZh and status = 'ACTIVE' and id <> :except
                """)
                .param("townCode", townCode).param("nameZh", nameZh).param("except", except)
                .query(Long.class).single() > 0;
    }

    /** @return false when the village changed since it was read at {@code expectedVersion} */
    boolean update(Village village, long expectedVersion) {
        return bind(jdbc.sql("""
                update village set kind = :kind, name_zh = :nameZh, name_en = :nameEn, latitude = :latitude,
                                   longitude = :longitude, status = :status, retired_on = :retiredOn, version = :version
                where id = :id and version = :expected
                """), village)
                .param("expected", expectedVersion)
                .update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Village village) {
        Coordinates location = village.location();
        return statement
                .param("id", village.id())
                .param("kind", village.kind().name())
                .param("nameZh", village.nameZh())
                .param("nameEn", village.nameEn())
                .param("latitude", location == null ? null : location.latitude())
                .param("longitude", location == null ? null : location.longitude())
                .param("status", village.status().name())
                .param("retiredOn", village.retiredOn())
                .param("version", village.version());
    }

    List<Village> search(VillageFilter filter, String orderBy, long offset, int limit) {
        return filtered("select " + COLUMNS + " from village" + FILTER + " order by " + orderBy + " offset :offset limit :limit", filter)
                .param("offset", offset).param("limit", limit)
                .query(VillageRepository::row).list();
    }

    long count(VillageFilter filter) {
        return filtered("select count(*) from village" + FILTER, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, VillageFilter filter) {
        return jdbc.sql(sql)
                .param("townCode", filter.townCode())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("name", LikePatterns.containing(filter.name()));
    }

    private static Village row(ResultSet rs, int rowNumber) throws SQLException {
        return new Village(rs.getObject("id", UUID.class), rs.getString("town_code"), VillageKind.valueOf(rs.getString("kind")),
                rs.getString("name_zh"), rs.getString("name_en"),
                Coordinates.ofNullable(rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")),
                VillageStatus.valueOf(rs.getString("status")), rs.getObject("retired_on", java.time.LocalDate.class),
                rs.getLong("version"));
    }
}
