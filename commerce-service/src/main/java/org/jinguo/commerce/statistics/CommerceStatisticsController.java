package org.jinguo.commerce.statistics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.jinguo.web.statistics.StatisticsEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "commerce's section of the impact report, computed from the records")
@RequiredArgsConstructor
class CommerceStatisticsController implements StatisticsEndpoint<CommerceStatistics> {

    static final String PATH = "/api/v1/commerce-statistics";

    private final CommerceStatisticsService statistics;

    @Override
    @GetMapping(PATH)
    @Operation(summary = "Figures for a period, city-wide or for one town", description = "Both dates inclusive. MARKET events held "
            + "in the period and their stalls' sales; EXPO stall sales in the period; livestream sales minus refunds, each by its own "
            + "date; workshops active on `to`; women employed at workshops on `to` and their mean monthly pay. TOWN_STAFF get their "
            + "own town; records of no town count city-wide only.")
    public CommerceStatistics statistics(LocalDate from, LocalDate to, String townCode) {
        return statistics.statistics(ReportScope.of(from, to, townCode));
    }
}
