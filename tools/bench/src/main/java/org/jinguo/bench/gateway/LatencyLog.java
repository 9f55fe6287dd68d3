package org.jinguo.bench.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import lombok.RequiredArgsConstructor;

/**
 * Each run's latencies in the order the requests were sent, one file a run, when
 * {@code -Djinguo.bench.latency-log=<directory>} is given: to see whether a run's slowest requests
 * come together (a stall of the whole process or machine) or alone, and when in the run.
 * A file is named {@code <run number in this JVM>-<port>-<rate>.tsv} (a second benchmark into the same
 * directory replaces the first's files). Its first line, a {@code #} comment, gives the wall-clock
 * time the first request was scheduled for, to match a slow stretch against other logs (the JVMs'
 * GC logs with {@code -Xlog:gc:file=…:utctime}, say); then, per request, the milliseconds from the run's
 * start to its scheduled time and its latency in microseconds ({@code failed} for an error or a
 * request not sent).
 */
@RequiredArgsConstructor
final class LatencyLog {

    /** Shared by every load in this JVM, so that no run's file replaces another's. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Path directory;

    static LatencyLog fromSystemProperty() {
        String directory = System.getProperty("jinguo.bench.latency-log");
        return new LatencyLog(directory == null || directory.isBlank() ? null : Path.of(directory));
    }

    /** Writes one run's file and returns it, or {@code null} when no directory was given. */
    Path write(String url, int rate, Instant firstScheduled, double periodNanos, long[] latenciesInSendOrder) {
        if (directory == null) {
            return null;
        }
        Path file = directory.resolve(String.format(Locale.ROOT, "%03d-%d-%d.tsv", RUNS.incrementAndGet(), URI.create(url).getPort(), rate));
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(file)) {
                out.write("# first request scheduled at " + firstScheduled + "\n");
                out.write("scheduled_ms\tlatency_us\n");
                for (int i = 0; i < latenciesInSendOrder.length; i++) {
                    long latency = latenciesInSendOrder[i];
                    out.write(String.format(Locale.ROOT, "%.1f\t%s\n", i * periodNanos / 1e6, latency == OpenLoad.FAILED ? "failed" : Long.toString(latency)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }
}
