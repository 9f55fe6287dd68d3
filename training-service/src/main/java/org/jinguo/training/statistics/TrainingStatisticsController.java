package org.jinguo.training.statistics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.statistics.ReportScope;
import org.jinguo.web.statistics.StatisticsEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "training's section of the impact report, computed from the records")
@RequiredArgsConstructor
class TrainingStatisticsController implements StatisticsEndpoint<TrainingStatistics> {

    static final String PATH = "/api/v1/training-statistics";

    private final TrainingStatisticsService statistics;

    @Override
    @GetMapping(PATH)
    @Operation(summary = "Figures for a period, city-wide or for one town", description = "Both dates inclusive (Asia/Shanghai). "
            + "Definitions as in the report table: sessions held of SKILLS and FAMILY_EDUCATION courses; distinct women with an "
            + "employment outcome starting in the period; the mean of 12 × (income after − before) over each woman's latest such "
            + "outcome with both incomes, half-up to the fen; mentors with and agreements signed in the period; contestants of "
            + "competitions held; viewers of online sessions held. TOWN_STAFF get their own town.")
    public TrainingStatistics statistics(LocalDate from, LocalDate to, String townCode) {
        return statistics.statistics(ReportScope.of(from, to, townCode));
    }
}
