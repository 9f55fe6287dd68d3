package org.jinguo.commerce.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkshopRepository extends Table<Workshop> {

    private static final String COLUMNS = "id, name_zh, kind, host_organization_id, town_code, village_id, products, opened_on, closed_on,"
            + " version";

    WorkshopRepository(JdbcClient jdbc) {
        super(jdbc, "workshop", COLUMNS, WorkshopRepository::row, WorkshopRepository::bind, Set.of("town_code", "opened_on"));
    }

    Page<Workshop> search(WorkshopFilter filter, PageQuery query) {
        return page(Filter.where().equal("town_code", filter.townCode()).equal("kind", filter.kind())
                .when(filter.activeOn(), "opened_on <= ? and (closed_on is null or closed_on > ?)").contains(filter.name(), "name_zh"),
                "town_code, name_zh, id", query);
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
