package org.jinguo.training.statistics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "training's section of the impact report, computed from the records")
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/training-statistics")
    @Operation(summary = "Figures for a period, city-wide or for one town", description = "Both dates inclusive (Asia/Shanghai). "
            + "Definitions as in the report table: sessions held of SKILLS and FAMILY_EDUCATION courses; distinct women with an "
            + "employment outcome starting in the period; the mean of 12 × (income after − before) over each woman's latest such "
            + "outcome with both incomes, half-up to the fen; mentors with and agreements signed in the period; contestants of "
            + "competitions held; viewers of online sessions held. TOWN_STAFF get their own town.")
    TrainingStatistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z_]{0,39}") String townCode) {
        return statistics.statistics(from, to, townCode);
    }
}
