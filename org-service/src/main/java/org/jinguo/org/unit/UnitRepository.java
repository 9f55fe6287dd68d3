package org.jinguo.org.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Table;
import org.jinguo.org.organization.Industry;
import org.jinguo.web.paging.LikePatterns;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository extends Table<Unit> {

    private static final String COLUMNS = "id, name_zh, credit_code, domain, industry, town_code, village_id, headcount,"
            + " women_headcount, registered_on, version";
    private static final String FILTER = """
             where (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:domain as text) is null or domain = :domain)
               and (cast(:industry as text) is null or industry = :industry)
               and (cast(:name as text) is null or name_zh ilike :name)
               and (cast(:creditCode as text) is null or credit_code = :creditCode)
            """;

    UnitRepository(JdbcClient jdbc) {
        super(jdbc, "unit", COLUMNS, UnitRepository::row, UnitRepository::bind, Set.of("credit_code", "town_code", "registered_on"));
    }

    Optional<UUID> idOfCreditCode(String creditCode) {
        return jdbc.sql("select id from unit where credit_code = :code").param("code", creditCode).query(UUID.class).optional();
    }

    Page<Unit> search(UnitFilter filter, String orderBy, PageQuery query) {
        return page(FILTER, statement -> statement
                .param("townCode", filter.townCode())
                .param("domain", filter.domain() == null ? null : filter.domain().name())
                .param("industry", filter.industry() == null ? null : filter.industry().name())
                .param("name", LikePatterns.containing(filter.name()))
                .param("creditCode", filter.creditCode()), orderBy, query);
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
