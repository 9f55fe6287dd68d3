package org.jinguo.bench.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * An open-model load: requests arrive at a fixed rate whatever the answers, each sent at its
 * scheduled time (or at once, if the sender is late) and timed from that scheduled time, so a
 * slow answer cannot hold back the next requests and hide its own cost (no coordinated omission).
 *
 * <p>One sender thread paces the requests; Reactor Netty sends them asynchronously over a pool of
 * up to {@value #MAX_CONNECTIONS} keep-alive connections (a request that finds them all busy
 * waits, and that wait counts in its latency). A run that can no longer pass stops early: once
 * more than 1% of its requests are known to be over the latency limit or failed, so that an
 * overloaded service is not buried under a backlog that would spoil the next run.
 */
final class OpenLoad implements AutoCloseable {

    static final int MAX_CONNECTIONS = 1_000;
    /** Marks a request that failed or was never answered, sorted after every latency. */
    static final long FAILED = Long.MAX_VALUE;

    private final LoopResources loops = LoopResources.create("bench-load", 2, true);
    private final ConnectionProvider connections = ConnectionProvider.builder("bench-load")
            .maxConnections(MAX_CONNECTIONS)
            .pendingAcquireMaxCount(-1)
            .pendingAcquireTimeout(Duration.ofSeconds(30))
            .maxIdleTime(Duration.ofSeconds(10))
            .build();
    private final HttpClient http;
    private final LatencyLog latencyLog = LatencyLog.fromSystemProperty();

    OpenLoad(String authorization) {
        this.http = HttpClient.create(connections).runOn(loops).responseTimeout(Duration.ofSeconds(10))
                .headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, authorization));
    }

    /** The answer's status and body, for checking that a path answers as expected before timing it. */
    String get(String url) {
        return http.get().uri(url)
                .responseSingle((response, body) -> body.asString().defaultIfEmpty("").map(text -> response.status().code() + " " + text))
                .block(Duration.ofSeconds(30));
    }

    /**
     * Sends {@code rate × seconds} GETs to {@code url}.
     *
     * @param latencyLimitMicros the limit a run must keep at its 99th percentile; with {@code stopWhenLost} the run ends
     *                           early when more than 1% of its requests are over it or failed
     */
    Run run(String url, int rate, double seconds, long latencyLimitMicros, boolean stopWhenLost) throws InterruptedException {
        int planned = Math.max(1, (int) Math.round(rate * seconds));
        long[] latencies = new long[planned];
        Arrays.fill(latencies, FAILED);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(planned);
        double periodNanos = 1e9 / rate;
        long allowedLost = planned / 100;
        // Requests outstanding beyond this many were sent more than the latency limit ago.
        long inFlightWithinLimit = (long) Math.ceil(rate * latencyLimitMicros / 1e6) + 1;
        long start = System.nanoTime() + 20_000_000L;
        Instant firstScheduled = Instant.now().plusNanos(start - System.nanoTime());
        int sent = 0;
        boolean stopped = false;
        for (; sent < planned; sent++) {
            long scheduled = start + (long) (sent * periodNanos);
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (stopWhenLost && (sent & 63) == 0) {
                long overdue = Math.max(0, sent - answered.get() - inFlightWithinLimit);
                if (lost.get() + overdue > allowedLost) {
                    stopped = true;
                    break;
                }
            }
            int index = sent;
            http.get().uri(url)
                    .responseSingle((response, body) -> body.then().thenReturn(response.status().code()))
                    .subscribe(status -> {
                        long micros = (System.nanoTime() - scheduled) / 1_000;
                        if (status == 200) {
                            latencies[index] = micros;
                            if (micros > latencyLimitMicros) {
                                lost.incrementAndGet();
                            }
                        } else {
                            errors.incrementAndGet();
                            lost.incrementAndGet();
                        }
                        answered.incrementAndGet();
                        done.countDown();
                    }, error -> {
                        errors.incrementAndGet();
                        lost.incrementAndGet();
                        answered.incrementAndGet();
                        done.countDown();
                    });
        }
        double sendingSeconds = (System.nanoTime() - start) / 1e9;
        for (int unsent = sent; unsent < planned; unsent++) {
            done.countDown();
        }
        boolean allAnswered = done.await(30, TimeUnit.SECONDS);
        // One copy for the log and the figures: answers arriving after the wait must not make them differ.
        long[] inSendOrder = latencies.clone();
        latencyLog.write(url, rate, firstScheduled, periodNanos, inSendOrder);
        long[] sorted = inSendOrder.clone();
        Arrays.sort(sorted);
        return new Run(rate, planned, sent, stopped, allAnswered ? errors.get() : errors.get() + (sent - answered.get()),
                sendingSeconds, sorted);
    }

    @Override
    public void close() {
        connections.disposeLater().block(Duration.ofSeconds(10));
        loops.disposeLater().block(Duration.ofSeconds(10));
    }

    /**
     * One run at one rate.
     *
     * @param planned   requests it was to send
     * @param sent      requests it sent (fewer when it stopped early)
     * @param stopped   whether it stopped early, having already failed
     * @param errors    requests answered other than 200, failed, or not answered in time
     * @param latencies microseconds from each planned request's scheduled time to its answer, sorted,
     *                  {@link #FAILED} for an error or a request not sent
     */
    record Run(int rate, int planned, int sent, boolean stopped, int errors, double sendingSeconds, long[] latencies) {

        long percentile(double percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))];
        }

        double errorRate() {
            return (double) errors / planned;
        }
    }
}
