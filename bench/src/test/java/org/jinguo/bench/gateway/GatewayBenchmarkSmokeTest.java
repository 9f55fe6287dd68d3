package org.jinguo.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run at tiny rates, so that the benchmark keeps working; its figures mean nothing at this size. */
class GatewayBenchmarkSmokeTest {

    @Test
    void searchesTheRatesOfBothPathsAndComparesThem() throws Exception {
        String report = GatewayBenchmark.run(20, 1, 1, 0, 30);

        assertThat(report).contains("highest rate sustained: direct", "gateway / direct", "at half the direct maximum",
                "the gateway adds", "load generator against a trivial server");
    }
}
