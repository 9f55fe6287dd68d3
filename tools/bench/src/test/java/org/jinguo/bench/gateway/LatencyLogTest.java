package org.jinguo.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyLogTest {

    @TempDir
    Path directory;

    @Test
    void writesWhenTheRunStartedThenEachRequestInSendOrder() throws Exception {
        Instant firstScheduled = Instant.parse("2026-11-30T05:53:30.412Z");

        Path file = new LatencyLog(directory).write("http://127.0.0.1:8080/api/v1/regions/towns/GUSHAN", 400, firstScheduled,
                2_500_000, new long[] {1_200, OpenLoad.FAILED, 87_000});

        assertThat(file.getFileName().toString()).endsWith("-8080-400.tsv");
        assertThat(Files.readAllLines(file)).containsExactly(
                "# first request scheduled at 2026-11-30T05:53:30.412Z",
                "scheduled_ms\tlatency_us",
                "0.0\t1200",
                "2.5\tfailed",
                "5.0\t87000");
    }

    @Test
    void writesNothingWithoutADirectory() {
        assertThat(new LatencyLog(null).write("http://127.0.0.1:8080/", 400, Instant.now(), 2_500_000, new long[] {1_200})).isNull();
    }
}
