package org.jinguo.bench.outbox;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Times events from the moment their change committed (or, in the baseline, was sent) to the
 * moment the consumer's handler ran. Both ends run in this JVM, so one clock serves both.
 */
final class LatencyProbe {

    private final ConcurrentHashMap<Integer, Long> committedAt = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, Long> handledAt = new ConcurrentHashMap<>();
    private volatile CountDownLatch remaining = new CountDownLatch(0);

    void expect(int events) {
        committedAt.clear();
        handledAt.clear();
        remaining = new CountDownLatch(events);
    }

    void committed(int sequence) {
        committedAt.put(sequence, System.nanoTime());
    }

    void handled(int sequence) {
        if (handledAt.putIfAbsent(sequence, System.nanoTime()) == null) {
            remaining.countDown();
        }
    }

    boolean awaitAll(long seconds) throws InterruptedException {
        return remaining.await(seconds, TimeUnit.SECONDS);
    }

    /** Latencies in microseconds, sorted. */
    long[] latencies() {
        return committedAt.entrySet().stream()
                .filter(entry -> handledAt.containsKey(entry.getKey()))
                .mapToLong(entry -> (handledAt.get(entry.getKey()) - entry.getValue()) / 1_000)
                .sorted()
                .toArray();
    }
}
