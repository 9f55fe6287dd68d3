package org.jinguo.training.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The report's "average yearly income rise": the mean over women of 12 × (monthly income after −
 * monthly income before), in fen, rounded half-up to the fen (half a fen away from zero).
 */
public final class IncomeRise {

    private IncomeRise() {
    }

    /**
     * @param sumOfMonthlyRisesFen the sum over the women of (after − before), one outcome each
     * @param women                how many women that sum is over
     * @return 0 when there is nobody to average over
     */
    public static long averageYearlyFen(long sumOfMonthlyRisesFen, long women) {
        if (women == 0) {
            return 0;
        }
        return BigDecimal.valueOf(sumOfMonthlyRisesFen).multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(women), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
