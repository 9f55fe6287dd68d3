package org.jinguo.training.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's figures by SQL aggregation over the records. A session is "in the period" when its
 * start, in Asia/Shanghai, falls on a day in [from, to]; outcomes by their start date, agreements
 * by their signing date, competitions by the day held. A null town means every record.
 */
@Repository
@RequiredArgsConstructor
class TrainingStatisticsRepository {

    private final JdbcClient jdbc;

    /** Held sessions: of SKILLS courses, of FAMILY_EDUCATION courses, and the viewers of online ones. */
    Map<String, Object> sessions(LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql("""
                select count(*) filter (where c.category = 'SKILLS') as skills,
                       count(*) filter (where c.category = 'FAMILY_EDUCATION') as family_education,
                       coalesce(sum(s.viewer_count) filter (where s.online), 0) as viewers
                from course_session s join course c on c.id = s.course_id
                where s.status = 'HELD' and s.starts_at >= :periodStarts and s.starts_at < :periodEnds
                  and %s
                """.formatted(ReportScope.townFilter("c.town_code")))
                .param("periodStarts", startOf(from)).param("periodEnds", startOf(to.plusDays(1))).param("townCode", townCode)
                .query().singleRow();
    }

    long womenEmployed(LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql("""
                select count(distinct person_id) from outcome
                where employed and started_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("town_code")))
                .param("from", from).param("to", to).param("townCode", townCode).query(Long.class).single();
    }

    /**
     * Each woman's latest employment outcome starting in the period among those with both incomes
     * known (latest by start date, then by when it was recorded): how many women, and the sum of
     * their monthly rises.
     */
    Map<String, Object> incomeRises(LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql("""
                select count(*) as women, coalesce(sum(after_fen - before_fen), 0) as monthly_rises_fen
                from (select distinct on (person_id) person_id, monthly_income_after_fen as after_fen,
                             monthly_income_before_fen as before_fen
                      from outcome
                      where employed and started_on between :from and :to
                        and monthly_income_before_fen is not null and monthly_income_after_fen is not null
                        and %s
                      order by person_id, started_on desc, recorded_at desc, id desc) latest
                """.formatted(ReportScope.townFilter("town_code")))
                .param("from", from).param("to", to).param("townCode", townCode).query().singleRow();
    }

    /** Agreements signed in the period, and the distinct mentors who signed them. */
    Map<String, Object> agreements(LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql("""
                select count(distinct mentor_id) as mentors, count(*) as agreements from agreement
                where signed_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("town_code")))
                .param("from", from).param("to", to).param("townCode", townCode).query().singleRow();
    }

    /** Contestants entered in competitions held in the period (one per competition entered). */
    long contestants(LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql("""
                select count(*) from competition_contestant cc join competition c on c.id = cc.competition_id
                where c.held_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("c.town_code")))
                .param("from", from).param("to", to).param("townCode", townCode).query(Long.class).single();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BusinessDates.ZONE).toOffsetDateTime();
    }
}
