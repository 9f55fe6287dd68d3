package org.jinguo.commerce.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.LikePatterns;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkshopRepository extends Table<Workshop> {

    private static final String COLUMNS = "id, name_zh, kind, host_organization_id, town_code, village_id, products, opened_on, closed_on,"
            + " version";
    private static final String FILTER = """
             where (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:kind as text) is null or kind = :kind)
               and (cast(:activeOn as date) is null or (opened_on <= :activeOn and (closed_on is null or closed_on > :activeOn)))
               and (cast(:name as text) is null or name_zh ilike :name)
            """;

    WorkshopRepository(JdbcClient jdbc) {
        super(jdbc, "workshop", COLUMNS, WorkshopRepository::row, WorkshopRepository::bind, Set.of("town_code", "opened_on"));
    }

    Page<Workshop> search(WorkshopFilter filter, PageQuery query) {
        return page(FILTER, statement -> statement.param("townCode", filter.townCode())
                .param("kind", filter.kind() == null ? null : filter.kind().name()).param("activeOn", filter.activeOn())
                .param("name", LikePatterns.containing(filter.name())), "town_code, name_zh, id", query);
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
