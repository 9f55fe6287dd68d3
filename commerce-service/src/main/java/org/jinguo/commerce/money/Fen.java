package org.jinguo.commerce.money;

/**
 * An amount of money in fen (分, 1/100 yuan), CNY, exact: whole fen in a {@code long}, never a
 * floating-point number. One recorded amount (a sale, a refund) is between 1 fen and
 * {@link #MAX_RECORDED} (one million yuan); sums add exactly and fail rather than overflow.
 */
public record Fen(long value) {

    /** The largest single sale or refund a record may carry: 1,000,000.00 yuan. */
    public static final long MAX_RECORDED = 100_000_000L;

    public static final Fen ZERO = new Fen(0);

    public Fen {
        if (value < 0) {
            throw new IllegalArgumentException("a negative amount: " + value);
        }
    }

    /** A recorded sale or refund: at least one fen, at most {@link #MAX_RECORDED}. */
    public static boolean isRecordable(long value) {
        return value >= 1 && value <= MAX_RECORDED;
    }

    public Fen plus(Fen other) {
        return new Fen(Math.addExact(value, other.value));
    }
}
