package org.jinguo.commerce.statistics;

import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's figures by SQL aggregation over the records: market events by the day held,
 * online sales and refunds each by its own date, workshops and employment as they stand on
 * {@code to}. A null town means every record, including those of no town (the expo, brands).
 */
@Repository
@RequiredArgsConstructor
class CommerceStatisticsRepository {

    private final JdbcClient jdbc;

    /** MARKET events held in the period and their stalls' sales; the stall sales of EXPO events held in it. */
    Map<String, Object> markets(LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql("""
                select count(*) filter (where e.kind = 'MARKET') as markets,
                       coalesce(sum(t.sales_fen) filter (where e.kind = 'MARKET'), 0) as market_fen,
                       coalesce(sum(t.sales_fen) filter (where e.kind = 'EXPO'), 0) as expo_fen
                from market_event e
                left join lateral (select sum(amount_fen) as sales_fen from stall_sale s where s.event_id = e.id) t on true
                where e.held_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("e.town_code")))
                .param("from", from).param("to", to).param("townCode", townCode).query().singleRow();
    }

    /** Livestream sales dated in the period minus refunds dated in the period. */
    long onlineNetFen(LocalDate from, LocalDate to, String townCode) {
        return jdbc.sql("""
                select coalesce(sum(case when kind = 'SALE' then amount_fen else -amount_fen end), 0) from online_sale
                where occurred_on between :from and :to and %s
                """.formatted(ReportScope.townFilter("town_code")))
                .param("from", from).param("to", to).param("townCode", townCode).query(Long.class).single();
    }

    long workshopsActiveOn(LocalDate day, String townCode) {
        return jdbc.sql("""
                select count(*) from workshop where opened_on <= :day and (closed_on is null or closed_on > :day) and %s
                """.formatted(ReportScope.townFilter("town_code")))
                .param("day", day).param("townCode", townCode).query(Long.class).single();
    }

    /** Employments active on the day at workshops active that day: distinct women, and the pay of those whose pay is known. */
    Map<String, Object> employmentOn(LocalDate day, String townCode) {
        return jdbc.sql("""
                select count(distinct coalesce(e.person_id, e.worker_id)) as women,
                       count(e.monthly_pay_fen) as paid, coalesce(sum(e.monthly_pay_fen), 0) as pay_fen
                from employment e join workshop w on w.id = e.workshop_id
                where e.started_on <= :day and (e.ended_on is null or e.ended_on > :day)
                  and w.opened_on <= :day and (w.closed_on is null or w.closed_on > :day) and %s
                """.formatted(ReportScope.townFilter("e.town_code")))
                .param("day", day).param("townCode", townCode).query().singleRow();
    }
}
