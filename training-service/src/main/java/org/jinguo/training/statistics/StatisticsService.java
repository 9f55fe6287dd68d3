package org.jinguo.training.statistics;

import java.time.LocalDate;
import java.util.Map;

import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.ReportPeriod;
import org.jinguo.training.outcome.IncomeRise;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Computes training's report section from the records; town staff get their own town's only. */
@Service
class StatisticsService {

    private final StatisticsRepository statistics;

    StatisticsService(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    /** One snapshot for every figure, so they agree with each other. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    TrainingStatistics statistics(LocalDate from, LocalDate to, String requestedTown) {
        ReportPeriod.require(from, to);
        String town = TownScope.listFilter(requestedTown);
        Map<String, Object> sessions = statistics.sessions(from, to, town);
        Map<String, Object> rises = statistics.incomeRises(from, to, town);
        Map<String, Object> agreements = statistics.agreements(from, to, town);
        return new TrainingStatistics(from, to, town, number(sessions, "skills"), statistics.womenEmployed(from, to, town),
                IncomeRise.averageYearlyFen(number(rises, "monthly_rises_fen"), number(rises, "women")), number(agreements, "mentors"),
                number(agreements, "agreements"), statistics.contestants(from, to, town), number(sessions, "family_education"),
                number(sessions, "viewers"));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
