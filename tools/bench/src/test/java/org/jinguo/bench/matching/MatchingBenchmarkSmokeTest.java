package org.jinguo.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run on a small problem, so that the benchmark keeps working; its figures mean nothing at this size. */
class MatchingBenchmarkSmokeTest {

    @Test
    void timesOptimalAndGreedyAssignments() {
        String report = MatchingBenchmark.run(200, 60, 10, 1);

        assertThat(report).contains("children=200 mothers=60", "runs=1", "run 1: optimal", "median: optimal",
                "optimal: matched", "greedy:  matched", "greedy / optimal: matched");
    }
}
