package org.jinguo.care.statistics;

import java.time.LocalDate;

import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.ReportPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Computes care's report section from the records, in one snapshot; town staff get their own town's only. */
@Service
class CareStatisticsService {

    private final CareStatisticsRepository statistics;

    CareStatisticsService(CareStatisticsRepository statistics) {
        this.statistics = statistics;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    CareStatistics statistics(LocalDate from, LocalDate to, String requestedTown) {
        ReportPeriod.require(from, to);
        String town = TownScope.listFilter(requestedTown);
        return new CareStatistics(from, to, town, statistics.caringMothersOn(to, town), statistics.activeMatchesOn(to, town),
                statistics.insuredWomen(from, to, town), statistics.donatedSuppliesFen(from, to, town), statistics.householdsServed(from, to, town),
                statistics.parentChildActivities(from, to, town), statistics.visits(from, to, town), statistics.mediationCases(from, to, town),
                statistics.childrenServed(from, to, town));
    }
}
