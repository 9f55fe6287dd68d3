package org.jinguo.org.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class TownRepository {

    private static final String COLUMNS = "code, kind, name_zh, name_en, latitude, longitude, version";

    private final JdbcClient jdbc;

    Optional<Town> find(String code) {
        return findAll(List.of(code)).stream().findFirst();
    }

    /** Locks the towns for the rest of the transaction, so concurrent neighbour changes serialise. */
    List<Town> findAllForUpdate(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<TownRow> rows = jdbc.sql("select " + COLUMNS + " from town where code in (:codes) order by code for update")
                .param("codes", codes).query(TownRepository::row).list();
        return withNeighbors(rows);
    }

    List<Town> findAll(Collection<String> codes) {
        List<TownRow> rows = jdbc.sql("select " + COLUMNS + " from town where code in (:codes) order by code")
                .param("codes", codes).query(TownRepository::row).list();
        return withNeighbors(rows);
    }

    List<Town> page(TownKind kind, String orderBy, long offset, int limit) {
        List<TownRow> rows = jdbc.sql("select " + COLUMNS + " from town where (cast(:kind as text) is null or kind = :kind)"
                        + " order by " + orderBy + " offset :offset limit :limit")
                .param("kind", kind == null ? null : kind.name())
                .param("offset", offset).param("limit", limit)
                .query(TownRepository::row).list();
        return withNeighbors(rows);
    }

    long count(TownKind kind) {
        return jdbc.sql("select count(*) from town where (cast(:kind as text) is null or kind = :kind)")
                .param("kind", kind == null ? null : kind.name())
                .query(Long.class).single();
    }

    /** @return false when the town changed since it was read at {@code expectedVersion} */
    boolean update(Town town, long expectedVersion) {
        int updated = jdbc.sql("""
                update town set name_zh = :nameZh, name_en = :nameEn, latitude = :latitude, longitude = :longitude,
                                version = :version
                where code = :code and version = :expected
                """)
                .param("nameZh", town.nameZh()).param("nameEn", town.nameEn())
                .param("latitude", town.location() == null ? null : town.location().latitude())
                .param("longitude", town.location() == null ? null : town.location().longitude())
                .param("version", town.version()).param("code", town.code()).param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from town_neighbor where town_code = :code").param("code", town.code()).update();
        for (String neighbor : town.neighborCodes()) {
            jdbc.sql("insert into town_neighbor (town_code, neighbor_code) values (:code, :neighbor)")
                    .param("code", town.code()).param("neighbor", neighbor).update();
        }
        return true;
    }

    Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select code from town where code in (:codes)").param("codes", codes).query(String.class).list());
    }

    private List<Town> withNeighbors(List<TownRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, SortedSet<String>> neighbors = new HashMap<>();
        jdbc.sql("select town_code, neighbor_code from town_neighbor where town_code in (:codes)")
                .param("codes", rows.stream().map(TownRow::code).toList())
                .query((rs, n) -> neighbors.computeIfAbsent(rs.getString(1), key -> new TreeSet<>()).add(rs.getString(2)))
                .list();
        return rows.stream().map(row -> row.toTown(neighbors.getOrDefault(row.code(), new TreeSet<>()))).toList();
    }

    private static TownRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new TownRow(rs.getString("code"), TownKind.valueOf(rs.getString("kind")), rs.getString("name_zh"),
                rs.getString("name_en"), Coordinates.ofNullable(rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")),
                rs.getLong("version"));
    }

    private record TownRow(String code, TownKind kind, String nameZh, String nameEn, Coordinates location, long version) {
        Town toTown(SortedSet<String> neighbors) {
            return new Town(code, kind, nameZh, nameEn, location, neighbors, version);
        }
    }
}
