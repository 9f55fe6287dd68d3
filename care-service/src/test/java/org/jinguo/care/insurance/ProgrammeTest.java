package org.jinguo.care.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ProgrammeTest {

    private final Programme programme = new Programme(UUID.randomUUID(), 2025, "2025年度女性安康保险", 9900, 150_000, 18, 60);

    @Test
    void aLowIncomeWomanOfTheProgrammesAgesIsEligibleUpToEachLimit() {
        assertThat(programme.ineligibility(true, 1985, 120_000)).isEmpty();
        assertThat(programme.ineligibility(true, 2025 - 18, 150_000)).as("at the income limit, youngest age").isEmpty();
        assertThat(programme.ineligibility(true, 2025 - 60, 0)).as("oldest age").isEmpty();
    }

    @Test
    void everyReasonSheIsNotEligibleIsGiven() {
        assertThat(programme.ineligibility(true, 1985, 150_001)).containsExactly(Programme.INCOME_ABOVE_LIMIT);
        assertThat(programme.ineligibility(true, 2025 - 17, 0)).containsExactly(Programme.AGE_OUTSIDE_PROGRAMME);
        assertThat(programme.ineligibility(true, 2025 - 61, 0)).containsExactly(Programme.AGE_OUTSIDE_PROGRAMME);
        assertThat(programme.ineligibility(false, 1950, 300_000))
                .containsExactly(Programme.NOT_A_WOMAN, Programme.INCOME_ABOVE_LIMIT, Programme.AGE_OUTSIDE_PROGRAMME);
    }

    @Test
    void coverEndsWithTheProgrammeYear() {
        assertThat(programme.coverEnds()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(programme.inYear(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(programme.inYear(LocalDate.of(2024, 12, 31))).isFalse();
    }
}
