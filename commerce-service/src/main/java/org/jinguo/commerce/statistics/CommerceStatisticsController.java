package org.jinguo.commerce.statistics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "commerce's section of the impact report, computed from the records")
class CommerceStatisticsController {

    private final CommerceStatisticsService statistics;

    CommerceStatisticsController(CommerceStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/commerce-statistics")
    @Operation(summary = "Figures for a period, city-wide or for one town", description = "Both dates inclusive. MARKET events held "
            + "in the period and their stalls' sales; EXPO stall sales in the period; livestream sales minus refunds, each by its own "
            + "date; workshops active on `to`; women employed at workshops on `to` and their mean monthly pay. TOWN_STAFF get their "
            + "own town; records of no town count city-wide only.")
    CommerceStatistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z_]{0,39}") String townCode) {
        return statistics.statistics(from, to, townCode);
    }
}
