package org.jinguo.care.statistics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.jinguo.web.statistics.StatisticsEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "care's section of the impact report, computed from the records")
@RequiredArgsConstructor
class CareStatisticsController implements StatisticsEndpoint<CareStatistics> {

    static final String PATH = "/api/v1/care-statistics";

    private final CareStatisticsService statistics;

    @Override
    @GetMapping(PATH)
    @Operation(summary = "Figures for a period, city-wide or for one town", description = "Both dates inclusive. Caring mothers "
            + "registered and not withdrawn on `to`; confirmed matches in force on `to`; distinct insured women covered in the period; "
            + "donated goods' valuation received in the period; distinct households at family activities and PARENT_CHILD activities "
            + "held in the period; visits, mediation cases opened, and children in a match in the period. TOWN_STAFF get their own "
            + "town; records of no town count city-wide only.")
    public CareStatistics statistics(LocalDate from, LocalDate to, String townCode) {
        return statistics.statistics(ReportScope.of(from, to, townCode));
    }
}
