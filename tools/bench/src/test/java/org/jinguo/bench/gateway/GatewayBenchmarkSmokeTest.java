package org.jinguo.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run at tiny rates, so that the benchmark keeps working; its figures mean nothing at this size. */
class GatewayBenchmarkSmokeTest {

    @Test
    void searchesTheRatesOfBothPathsAndComparesThem() throws Exception {
        System.setProperty("jinguo.bench.gateway.warm-up-searches", "1");
        String report;
        try {
            report = GatewayBenchmark.run(20, 1, 1, 0, 30);
        } finally {
            System.clearProperty("jinguo.bench.gateway.warm-up-searches");
        }

        assertThat(report).contains("warm-up search 1 (not counted): direct", "highest rate sustained: direct", "gateway / direct",
                "at half the direct maximum", "the gateway adds", "load generator against a trivial server");
        // The measured search's table starts at step 1: the warm-up search's steps are not in it.
        assertThat(report).contains("|---|---|---|---|---|---|---|---|\n| 1 | direct | 20 |");
    }
}
