package org.jinguo.org.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.coverage.CoverageViews.CoverageReportLine;
import org.jinguo.org.coverage.CoverageViews.CoveredUnitLine;
import org.jinguo.org.organization.Industry;
import org.jinguo.org.unit.UnitDomain;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coverage figures, computed in SQL from the register and the coverages on a date. */
@Repository
@RequiredArgsConstructor
class CoverageReportRepository {

    /** Units registered by :asOf (in :townCode if given), each with the coverage it has that day, if any. */
    private static final String UNITS_ON_DATE = """
            select u.id, u.name_zh, u.credit_code, u.domain, u.industry, u.town_code, u.headcount, u.women_headcount,
                   c.organization_id, c.mode, c.started_on
            from unit u
            left join coverage c on c.unit_id = u.id and c.started_on <= :asOf and (c.ended_on is null or c.ended_on >= :asOf)
            where u.registered_on <= :asOf and (cast(:townCode as text) is null or u.town_code = :townCode)
            """;

    private final JdbcClient jdbc;

    /**
     * One line per group. By mode, each line counts the units covered in that mode against all
     * units registered, since a unit not covered has no mode.
     */
    List<CoverageReportLine> lines(CoverageGrouping grouping, LocalDate asOf, String townCode) {
        return switch (grouping) {
            case TOWN -> byTown(asOf, townCode);
            case MODE -> byMode(asOf, townCode);
            case DOMAIN -> joined("domain", asOf, townCode);
            case INDUSTRY -> joined("industry", asOf, townCode);
        };
    }

    /** All units registered by :asOf, and how many of them are covered. */
    CoverageReportLine total(LocalDate asOf, String townCode) {
        long registered = registeredByTown(asOf, townCode).values().stream().mapToLong(Long::longValue).sum();
        long covered = coveredBy("town_code", asOf, townCode).values().stream().mapToLong(Long::longValue).sum();
        return line(null, registered, covered);
    }

    // Town and mode need no join: a unit's town never changes and is kept on its coverages, and a
    // running coverage always belongs to a unit registered by then (coverage cannot start earlier),
    // one per unit on any day. Domain and industry can change, so they are read from the unit.

    private List<CoverageReportLine> byTown(LocalDate asOf, String townCode) {
        Map<String, Long> covered = coveredBy("town_code", asOf, townCode);
        return registeredByTown(asOf, townCode).entrySet().stream()
                .map(town -> line(town.getKey(), town.getValue(), covered.getOrDefault(town.getKey(), 0L))).toList();
    }

    private List<CoverageReportLine> byMode(LocalDate asOf, String townCode) {
        long registered = registeredByTown(asOf, townCode).values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> covered = coveredBy("mode", asOf, townCode);
        return Arrays.stream(EstablishmentMode.values()).map(Enum::name).sorted()
                .map(mode -> line(mode, registered, covered.getOrDefault(mode, 0L))).toList();
    }

    private List<CoverageReportLine> joined(String column, LocalDate asOf, String townCode) {
        return jdbc.sql("""
                with units as (%s)
                select %s as grp, count(*) as registered, count(organization_id) as covered
                from units group by grp order by grp
                """.formatted(UNITS_ON_DATE, column))
                .param("asOf", asOf).param("townCode", townCode)
                .query((rs, n) -> line(rs.getString("grp"), rs.getLong("registered"), rs.getLong("covered"))).list();
    }

    private Map<String, Long> registeredByTown(LocalDate asOf, String townCode) {
        return counts("""
                select town_code as grp, count(*) as units from unit
                where registered_on <= :asOf and (cast(:townCode as text) is null or town_code = :townCode)
                group by town_code
                """, asOf, townCode);
    }

    /** @param column {@code town_code} or {@code mode} */
    private Map<String, Long> coveredBy(String column, LocalDate asOf, String townCode) {
        return counts("""
                select %s as grp, count(*) as units from coverage
                where started_on <= :asOf and (ended_on is null or ended_on >= :asOf)
                  and (cast(:townCode as text) is null or town_code = :townCode)
                group by %s
                """.formatted(column, column), asOf, townCode);
    }

    private Map<String, Long> counts(String sql, LocalDate asOf, String townCode) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).param("asOf", asOf).param("townCode", townCode)
                .query((RowCallbackHandler) rs -> counts.put(rs.getString("grp"), rs.getLong("units")));
        return counts;
    }

    /** Industry federations active on :asOf; with a town, only that town's. */
    long industryFederationsActive(LocalDate asOf, String townCode) {
        return jdbc.sql("""
                select count(*) from organization
                where type = 'INDUSTRY' and founded_on <= :asOf and (dissolved_on is null or dissolved_on > :asOf)
                  and (cast(:townCode as text) is null or town_code = :townCode)
                """).param("asOf", asOf).param("townCode", townCode).query(Long.class).single();
    }

    List<CoveredUnitLine> units(CoveredUnitFilter filter, long offset, int limit) {
        return filtered("""
                with units as (%s)
                select u.*, o.name_zh as organization_name_zh from units u left join organization o on o.id = u.organization_id
                %s order by u.name_zh, u.id offset :offset limit :limit
                """, filter)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> {
                    String mode = rs.getString("mode");
                    return new CoveredUnitLine(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("credit_code"),
                            UnitDomain.valueOf(rs.getString("domain")), Industry.valueOf(rs.getString("industry")),
                            rs.getString("town_code"), rs.getInt("headcount"), rs.getInt("women_headcount"), mode != null,
                            rs.getObject("organization_id", UUID.class), rs.getString("organization_name_zh"),
                            mode == null ? null : EstablishmentMode.valueOf(mode), rs.getObject("started_on", LocalDate.class));
                }).list();
    }

    long countUnits(CoveredUnitFilter filter) {
        return filtered("with units as (%s) select count(*) from units u %s", filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String template, CoveredUnitFilter filter) {
        String where = """
                where (cast(:domain as text) is null or u.domain = :domain)
                  and (cast(:industry as text) is null or u.industry = :industry)
                  and (cast(:mode as text) is null or u.mode = :mode)
                  and (cast(:covered as boolean) is null or (u.organization_id is not null) = :covered)
                  and (cast(:organizationId as uuid) is null or u.organization_id = :organizationId)
                """;
        return jdbc.sql(template.formatted(UNITS_ON_DATE, where))
                .param("asOf", filter.asOf())
                .param("townCode", filter.townCode())
                .param("domain", filter.domain() == null ? null : filter.domain().name())
                .param("industry", filter.industry() == null ? null : filter.industry().name())
                .param("mode", filter.mode() == null ? null : filter.mode().name())
                .param("covered", filter.covered())
                .param("organizationId", filter.organizationId());
    }

    private static CoverageReportLine line(String group, long registered, long covered) {
        BigDecimal rate = registered == 0 ? null
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
        return new CoverageReportLine(group, registered, covered, rate);
    }
}
