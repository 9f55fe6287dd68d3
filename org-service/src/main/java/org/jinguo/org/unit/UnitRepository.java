package org.jinguo.org.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.organization.Industry;
import org.jinguo.web.paging.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class UnitRepository {

    private static final String COLUMNS = "id, name_zh, credit_code, domain, industry, town_code, village_id, headcount,"
            + " women_headcount, registered_on, version";
    private static final String FILTER = """
             where (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:domain as text) is null or domain = :domain)
               and (cast(:industry as text) is null or industry = :industry)
               and (cast(:name as text) is null or name_zh ilike :name)
               and (cast(:creditCode as text) is null or credit_code = :creditCode)
            """;

    private final JdbcClient jdbc;

    void insert(Unit unit) {
        bind(jdbc.sql("insert into unit (" + COLUMNS + ") values (:id, :nameZh, :creditCode, :domain, :industry, :townCode,"
                + " :villageId, :headcount, :womenHeadcount, :registeredOn, :version)"), unit)
                .param("creditCode", unit.creditCode())
                .param("townCode", unit.townCode())
                .param("registeredOn", unit.registeredOn())
                .update();
    }

    Optional<Unit> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from unit where id = :id").param("id", id).query(UnitRepository::row).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from unit where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<UUID> idOfCreditCode(String creditCode) {
        return jdbc.sql("select id from unit where credit_code = :code").param("code", creditCode).query(UUID.class).optional();
    }

    /** @return false when it changed since it was read at {@code expectedVersion} */
    boolean update(Unit unit, long expectedVersion) {
        return bind(jdbc.sql("""
                update unit set name_zh = :nameZh, domain = :domain, industry = :industry, village_id = :villageId,
                       headcount = :headcount, women_headcount = :womenHeadcount, version = :version
                where id = :id and version = :expected
                """), unit)
                .param("expected", expectedVersion)
                .update() == 1;
    }

    List<Unit> search(UnitFilter filter, String orderBy, long offset, int limit) {
        return filtered("select " + COLUMNS + " from unit" + FILTER + " order by " + orderBy + " offset :offset limit :limit", filter)
                .param("offset", offset).param("limit", limit)
                .query(UnitRepository::row).list();
    }

    long count(UnitFilter filter) {
        return filtered("select count(*) from unit" + FILTER, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, UnitFilter filter) {
        return jdbc.sql(sql)
                .param("townCode", filter.townCode())
                .param("domain", filter.domain() == null ? null : filter.domain().name())
                .param("industry", filter.industry() == null ? null : filter.industry().name())
                .param("name", LikePatterns.containing(filter.name()))
                .param("creditCode", filter.creditCode());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Unit unit) {
        return statement
                .param("id", unit.id())
                .param("nameZh", unit.nameZh())
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
