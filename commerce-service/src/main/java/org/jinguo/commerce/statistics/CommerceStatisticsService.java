package org.jinguo.commerce.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Computes commerce's report section from the records, in one snapshot. */
@Service
@RequiredArgsConstructor
class CommerceStatisticsService {

    private final CommerceStatisticsRepository statistics;

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    CommerceStatistics statistics(ReportScope scope) {
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        String town = scope.townCode();
        Map<String, Object> markets = statistics.markets(from, to, town);
        Map<String, Object> employment = statistics.employmentOn(to, town);
        return new CommerceStatistics(scope, number(markets, "markets"), number(markets, "market_fen"),
                statistics.onlineNetFen(from, to, town), number(markets, "expo_fen"), statistics.workshopsActiveOn(to, town),
                number(employment, "women"), mean(number(employment, "pay_fen"), number(employment, "paid")));
    }

    /** Half-up to the fen; 0 when nobody's pay is known. */
    static long mean(long totalFen, long count) {
        return count == 0 ? 0 : BigDecimal.valueOf(totalFen).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
