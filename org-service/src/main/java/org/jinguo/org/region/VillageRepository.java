package org.jinguo.org.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VillageRepository extends Table<Village> {

    private static final String COLUMNS = "id, town_code, kind, name_zh, name_en, latitude, longitude, status, retired_on, version";

    VillageRepository(JdbcClient jdbc) {
        super(jdbc, "village", COLUMNS, VillageRepository::row, VillageRepository::bind, Set.of("town_code"));
    }

    boolean activeNameTaken(String townCode, String nameZh, UUID except) {
        return jdbc.sql("""
                select count(*) from village
                where town_code = :townCode and name_zh = :nameZh and status = 'ACTIVE' and id <> :except
                """)
                .param("townCode", townCode).param("nameZh", nameZh).param("except", except)
                .query(Long.class).single() > 0;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Village village) {
        Coordinates location = village.location();
        return statement
                .param("id", village.id())
                .param("townCode", village.townCode())
                .param("kind", village.kind().name())
                .param("nameZh", village.nameZh())
                .param("nameEn", village.nameEn())
                .param("latitude", location == null ? null : location.latitude())
                .param("longitude", location == null ? null : location.longitude())
                .param("status", village.status().name())
                .param("retiredOn", village.retiredOn())
                .param("version", village.version());
    }

    Page<Village> search(VillageFilter filter, String orderBy, PageQuery query) {
        return page(Filter.where().equal("town_code", filter.townCode()).equal("kind", filter.kind()).equal("status", filter.status())
                .contains(filter.name(), "name_zh", "name_en"), orderBy, query);
    }

    private static Village row(ResultSet rs, int rowNumber) throws SQLException {
        return new Village(rs.getObject("id", UUID.class), rs.getString("town_code"), VillageKind.valueOf(rs.getString("kind")),
                rs.getString("name_zh"), rs.getString("name_en"),
                Coordinates.ofNullable(rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")),
                VillageStatus.valueOf(rs.getString("status")), rs.getObject("retired_on", java.time.LocalDate.class),
                rs.getLong("version"));
    }
}
