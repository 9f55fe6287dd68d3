package org.jinguo.bench.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run on a small register, so that the benchmark keeps working; its figures mean nothing at this size. */
class CoverageReportBenchmarkSmokeTest {

    @Test
    void measuresEveryReportRequestAgainstTheBaseline() throws Exception {
        String report = CoverageReportBenchmark.run(3_000, 300, 20, 10, 1);

        assertThat(report).contains("units=3000 organizations=300", "run 1 baseline: one town", "run 1 report by town",
                "run 1 units behind, page 5").contains("p99/baseline");
    }
}
