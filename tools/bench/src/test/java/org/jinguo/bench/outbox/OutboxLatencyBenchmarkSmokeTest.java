package org.jinguo.bench.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run, so that the benchmark keeps working; its figures mean nothing at this size. */
class OutboxLatencyBenchmarkSmokeTest {

    @Test
    void measuresBothPathsAndReportsTheirRatio() throws Exception {
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(output, true));
        try {
            OutboxLatencyBenchmark.main(new String[] {"200", "40", "1"});
        } finally {
            System.setOut(original);
        }
        String report = output.toString();
        assertThat(report).contains("run 1 outbox   n=40", "run 1 baseline n=40", "p99 ratio outbox/baseline");
    }
}
