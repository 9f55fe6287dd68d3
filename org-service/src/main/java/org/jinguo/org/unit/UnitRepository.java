package org.jinguo.org.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.org.organization.Industry;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository extends Table<Unit> {

    private static final String COLUMNS = "id, name_zh, credit_code, domain, industry, town_code, village_id, headcount,"
            + " women_headcount, registered_on, version";

    UnitRepository(JdbcClient jdbc) {
        super(jdbc, "unit", COLUMNS, UnitRepository::row, UnitRepository::bind, Set.of("credit_code", "town_code", "registered_on"));
    }

    Optional<UUID> idOfCreditCode(String creditCode) {
        return jdbc.sql("select id from unit where credit_code = :code").param("code", creditCode).query(UUID.class).optional();
    }

    Page<Unit> search(UnitFilter filter, String orderBy, PageQuery query) {
        return page(Filter.where().equal("town_code", filter.townCode()).equal("domain", filter.domain()).equal("industry", filter.industry())
                .contains(filter.name(), "name_zh").equal("credit_code", filter.creditCode()), orderBy, query);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Unit unit) {
        return statement
                .param("id", unit.id())
                .param("nameZh", unit.nameZh())
                .param("creditCode", unit.creditCode())
                .param("townCode", unit.townCode())
                .param("registeredOn", unit.registeredOn())
                .param("domain", unit.domain().name())
                .param("industry", unit.industry().name())
                .param("villageId", unit.villageId())
                .param("headcount", unit.headcount().total())
                .param("womenHeadcount", unit.headcount().women())
                .param("version", unit.version());
    }

    private static Unit row(ResultSet rs, int rowNumber) throws SQLException {
        return new Unit(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("credit_code"),
                UnitDomain.valueOf(rs.getString("domain")), Industry.valueOf(rs.getString("industry")), rs.getString("town_code"),
                rs.getObject("village_id", UUID.class), new Headcount(rs.getInt("headcount"), rs.getInt("women_headcount")),
                rs.getObject("registered_on", LocalDate.class), rs.getLong("version"));
    }
}
