package org.jinguo.care.statistics;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's figures by SQL aggregation over the records, each record counted for the town it
 * carries; a null town means every record, including those of no town (the city's own donations
 * and activities).
 */
@Repository
@RequiredArgsConstructor
class CareStatisticsRepository {

    private final JdbcClient jdbc;

    long caringMothersOn(LocalDate day, String townCode) {
        return count("""
                select count(*) from caring_mother m where m.registered_on <= :to and %s and not exists (
                    select 1 from caring_mother_status_change c where c.mother_id = m.id and c.status = 'WITHDRAWN' and c.effective_on <= :to)
                """.formatted(ReportScope.townFilter("m.town_code")), day, day, townCode);
    }

    /** A match is in force from the day it started until the day it ended (that day no longer). */
    long activeMatchesOn(LocalDate day, String townCode) {
        return count("""
                select count(*) from care_match where started_on <= :to and (ended_on is null or ended_on > :to) and %s
                """.formatted(ReportScope.townFilter("town_code")), day, day, townCode);
    }

    long childrenServed(LocalDate from, LocalDate to, String townCode) {
        return count("""
                select count(distinct child_id) from care_match where started_on <= :to and (ended_on is null or ended_on > :from) and %s
                """.formatted(ReportScope.townFilter("town_code")), from, to, townCode);
    }

    long insuredWomen(LocalDate from, LocalDate to, String townCode) {
        return count("""
                select count(distinct woman_hash) from insurance_enrolment
                where enrolled_on is not null and enrolled_on <= :to and cover_ends_on >= :from and %s
                """.formatted(ReportScope.townFilter("town_code")), from, to, townCode);
    }

    long donatedSuppliesFen(LocalDate from, LocalDate to, String townCode) {
        return count("""
                select coalesce(sum(value_fen), 0) from donation where kind = 'GOODS' and received_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("town_code")), from, to, townCode);
    }

    long householdsServed(LocalDate from, LocalDate to, String townCode) {
        return count("""
                select count(distinct p.household_id) from family_activity a join family_activity_household p on p.activity_id = a.id
                where a.held_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("a.town_code")), from, to, townCode);
    }

    long parentChildActivities(LocalDate from, LocalDate to, String townCode) {
        return count("""
                select count(*) from family_activity where kind = 'PARENT_CHILD' and held_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("town_code")), from, to, townCode);
    }

    long visits(LocalDate from, LocalDate to, String townCode) {
        return count("select count(*) from visit where visited_on between :from and :to and %s"
                .formatted(ReportScope.townFilter("town_code")), from, to, townCode);
    }

    long mediationCases(LocalDate from, LocalDate to, String townCode) {
        return count("select count(*) from mediation_case where opened_on between :from and :to and %s"
                .formatted(ReportScope.townFilter("town_code")), from, to, townCode);
    }

    private long count(String sql, LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql(sql).param("from", from).param("to", to).param("townCode", townCode).query(Long.class).single();
    }
}
