package org.jinguo.org.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    @Test
    void aUnitCoverageEndedAndRestartedCountsOnTheDaysItRuns() {
        Coverage before = Coverage.start(UUID.randomUUID(), UNIT, FIRST, EstablishmentMode.STANDALONE, LocalDate.of(2022, 3, 1));
        before.end(LocalDate.of(2023, 6, 30));
        Coverage after = Coverage.start(UUID.randomUUID(), UNIT, SECOND, EstablishmentMode.REGIONAL_JOINT, LocalDate.of(2024, 1, 1));
        List<Coverage> history = List.of(before, after);

        assertThat(coveredOn(history, LocalDate.of(2022, 2, 28))).isFalse();
        assertThat(coveredOn(history, LocalDate.of(2022, 3, 1))).isTrue();
        assertThat(coveredOn(history, LocalDate.of(2023, 6, 30))).as("the last day counts").isTrue();
        assertThat(coveredOn(history, LocalDate.of(2023, 7, 1))).isFalse();
        assertThat(coveredOn(history, LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(coveredOn(history, LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(coveredOn(history, LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aCoverageEndsOnceAndNotBeforeItStarts() {
        Coverage coverage = Coverage.start(UUID.randomUUID(), UNIT, FIRST, EstablishmentMode.STANDALONE, LocalDate.of(2022, 3, 1));

        assertThatThrownBy(() -> coverage.end(LocalDate.of(2022, 2, 28))).isInstanceOf(RuleViolation.class);
        coverage.end(LocalDate.of(2022, 3, 1));
        assertThatThrownBy(() -> coverage.end(LocalDate.of(2022, 4, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("COVERAGE_ENDED"));
    }

    @Test
    void aHandOverEndsTheOldCoverageTheDayBeforeAndKeepsTheMode() {
        Coverage coverage = Coverage.start(UUID.randomUUID(), UNIT, FIRST, EstablishmentMode.INDUSTRY_WIDE, LocalDate.of(2022, 3, 1));

        Coverage taken = coverage.handOver(UUID.randomUUID(), SECOND, LocalDate.of(2024, 5, 1));

        assertThat(coverage.endedOn()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(taken.organizationId()).isEqualTo(SECOND);
        assertThat(taken.mode()).isEqualTo(EstablishmentMode.INDUSTRY_WIDE);
        assertThat(taken.startedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(taken.endedOn()).isNull();
        assertThat(coverage.isEmpty()).isFalse();
    }

    @Test
    void aCoverageNotBegunYetMovesOverWhole() {
        Coverage coverage = Coverage.start(UUID.randomUUID(), UNIT, FIRST, EstablishmentMode.STANDALONE, LocalDate.of(2025, 1, 1));

        Coverage taken = coverage.handOver(UUID.randomUUID(), SECOND, LocalDate.of(2024, 5, 1));

        assertThat(taken.startedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(coverage.isEmpty()).isTrue();
    }

    private static boolean coveredOn(List<Coverage> history, LocalDate day) {
        return history.stream().anyMatch(coverage -> coverage.isActiveOn(day));
    }
}
