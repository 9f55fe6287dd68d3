package org.jinguo.bench.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run with small batches, so that the benchmark keeps working; its figures mean nothing at this size. */
class SalesBatchBenchmarkSmokeTest {

    @Test
    void timesBatchesDirectAndThroughTheGateway() throws Exception {
        String report = SalesBatchBenchmark.run(200, 1);

        assertThat(report).contains("records=200 runs=1", "direct to commerce-service", "through the gateway", "median gateway / direct");
    }
}
