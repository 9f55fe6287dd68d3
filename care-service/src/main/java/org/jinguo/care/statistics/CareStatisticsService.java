package org.jinguo.care.statistics;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Computes care's report section from the records, in one snapshot. */
@Service
@RequiredArgsConstructor
class CareStatisticsService {

    private final CareStatisticsRepository statistics;

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    CareStatistics statistics(ReportScope scope) {
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        String town = scope.townCode();
        return new CareStatistics(scope, statistics.caringMothersOn(to, town), statistics.activeMatchesOn(to, town),
                statistics.insuredWomen(from, to, town), statistics.donatedSuppliesFen(from, to, town), statistics.householdsServed(from, to, town),
                statistics.parentChildActivities(from, to, town), statistics.visits(from, to, town), statistics.mediationCases(from, to, town),
                statistics.childrenServed(from, to, town));
    }
}
