package org.jinguo.bench;

import java.util.Arrays;

/** Percentiles of latencies in microseconds, sorted ascending. */
public final class Latencies {

    private Latencies() {
    }

    public static long percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    public static String summary(long[] sorted) {
        return "n=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms".formatted(sorted.length,
                percentile(sorted, 50) / 1000.0, percentile(sorted, 90) / 1000.0, percentile(sorted, 99) / 1000.0,
                sorted.length == 0 ? -1 : sorted[sorted.length - 1] / 1000.0)
                + (sorted.length == 0 ? "" : " mean=" + String.format("%.1fms", Arrays.stream(sorted).average().orElse(0) / 1000.0));
    }
}
