package org.jinguo.org.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jinguo.org.coverage.CoverageViews.CoverageReportLine;
import org.jinguo.org.coverage.CoverageViews.CoveredUnitLine;
import org.jinguo.org.organization.Industry;
import org.jinguo.org.unit.UnitDomain;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coverage figures, computed in SQL from the register and the coverages on a date. */
@Repository
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

    CoverageReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One line per group. By mode, each line counts the units covered in that mode against all
     * units registered, since a unit not covered has no mode.
     */
    List<CoverageReportLine> lines(CoverageGrouping grouping, LocalDate asOf, String townCode) {
        if (grouping == CoverageGrouping.MODE) {
            return linesByMode(asOf, townCode);
        }
        String column = switch (grouping) {
            case DOMAIN -> "domain";
            case INDUSTRY -> "industry";
            case TOWN -> "town_code";
            case MODE -> throw new IllegalStateException("counted by linesByMode");
        };
        return jdbc.sql("""
                with units as (%s)
                select %s as grp, count(*) as registered, count(organization_id) as covered
                from units group by grp order by grp
                """.formatted(UNITS_ON_DATE, column))
                .param("asOf", asOf).param("townCode", townCode)
                .query((rs, n) -> line(rs.getString("grp"), rs.getLong("registered"), rs.getLong("covered"))).list();
    }

    /** One scan: the units registered, and those covered in each mode; a mode that covers none gets a line of 0. */
    private List<CoverageReportLine> linesByMode(LocalDate asOf, String townCode) {
        Map<String, Long> unitsByMode = new HashMap<>();
        jdbc.sql("with units as (" + UNITS_ON_DATE + ") select coalesce(mode, 'NONE') as mode, count(*) as units from units group by 1")
                .param("asOf", asOf).param("townCode", townCode)
                .query((RowCallbackHandler) rs -> unitsByMode.put(rs.getString("mode"), rs.getLong("units")));
        long registered = unitsByMode.values().stream().mapToLong(Long::longValue).sum();
        return Arrays.stream(EstablishmentMode.values()).map(Enum::name).sorted()
                .map(mode -> line(mode, registered, unitsByMode.getOrDefault(mode, 0L))).toList();
    }

    /** All units registered by :asOf, and how many of them are covered. */
    CoverageReportLine total(LocalDate asOf, String townCode) {
        return jdbc.sql("with units as (" + UNITS_ON_DATE + ") select count(*) as registered, count(organization_id) as covered from units")
                .param("asOf", asOf).param("townCode", townCode)
                .query((rs, n) -> line(null, rs.getLong("registered"), rs.getLong("covered"))).single();
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
