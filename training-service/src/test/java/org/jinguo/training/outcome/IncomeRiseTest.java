package org.jinguo.training.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncomeRiseTest {

    @Test
    void theMeanOfTwelveMonthsOfRiseOverTheWomen() {
        // 3,000 and 3,100 yuan more a month: 36,000 and 37,200 a year, 36,600 on average.
        assertThat(IncomeRise.averageYearlyFen(300_000 + 310_000, 2)).isEqualTo(3_660_000);
    }

    @Test
    void roundsHalfUpToTheFen() {
        // 12 × 1 / 8 = 1.5 fen → 2; 12 × 1 / 7 = 1.714… → 2; 12 × 1 / 9 = 1.333… → 1
        assertThat(IncomeRise.averageYearlyFen(1, 8)).isEqualTo(2);
        assertThat(IncomeRise.averageYearlyFen(1, 7)).isEqualTo(2);
        assertThat(IncomeRise.averageYearlyFen(1, 9)).isEqualTo(1);
        // a fall: −1.5 fen rounds half away from zero to −2
        assertThat(IncomeRise.averageYearlyFen(-1, 8)).isEqualTo(-2);
    }

    @Test
    void nobodyToAverageOverGivesZeroAndLargeSumsStayExact() {
        assertThat(IncomeRise.averageYearlyFen(0, 0)).isZero();
        // 1,099 women each 10,000,000 fen a month more: no overflow, no floating point.
        assertThat(IncomeRise.averageYearlyFen(10_000_000L * 1_099, 1_099)).isEqualTo(120_000_000);
    }
}
