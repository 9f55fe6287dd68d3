package org.jinguo.training.statistics;

import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.jinguo.training.outcome.IncomeRise;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Computes training's report section from the records, in one snapshot. */
@Service
@RequiredArgsConstructor
class TrainingStatisticsService {

    private final TrainingStatisticsRepository statistics;

    /** One snapshot for every figure, so they agree with each other. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    TrainingStatistics statistics(ReportScope scope) {
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        String town = scope.townCode();
        Map<String, Object> sessions = statistics.sessions(from, to, town);
        Map<String, Object> rises = statistics.incomeRises(from, to, town);
        Map<String, Object> agreements = statistics.agreements(from, to, town);
        return new TrainingStatistics(scope, number(sessions, "skills"), statistics.womenEmployed(from, to, town),
                IncomeRise.averageYearlyFen(number(rises, "monthly_rises_fen"), number(rises, "women")), number(agreements, "mentors"),
                number(agreements, "agreements"), statistics.contestants(from, to, town), number(sessions, "family_education"),
                number(sessions, "viewers"));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
