package org.jinguo.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

/**
 * Token buckets in this gateway instance's memory, for a local run without Redis: with N
 * instances a caller gets N times the limit. Buckets that have filled up again are dropped once
 * there are many, so callers who come and go do not grow the map without end.
 */
public final class InMemoryRequestQuota implements RequestQuota {

    private static final int PRUNE_ABOVE = 100_000;
    private static final long PRUNE_AT_MOST_EVERY_NANOS = 1_000_000_000L;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final AtomicLong lastPruned = new AtomicLong(Long.MIN_VALUE / 2);

    public InMemoryRequestQuota() {
        this(System::nanoTime);
    }

    InMemoryRequestQuota(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Boolean> take(String bucket, Limit limit) {
        if (buckets.size() > PRUNE_ABOVE) {
            long now = nanoTime.getAsLong();
            long last = lastPruned.get();
            // One request a second pays for the scan, not every request while the map stays large.
            if (now - last >= PRUNE_AT_MOST_EVERY_NANOS && lastPruned.compareAndSet(last, now)) {
                buckets.values().removeIf(each -> each.fullAt(now));
            }
        }
        return Mono.just(buckets.computeIfAbsent(bucket, key -> new Bucket(limit, nanoTime.getAsLong())).take(limit, nanoTime.getAsLong()));
    }

    int size() {
        return buckets.size();
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;
        private int capacity;

        Bucket(Limit limit, long now) {
            this.tokens = limit.burst();
            this.capacity = limit.burst();
            this.updatedAt = now;
        }

        synchronized boolean take(Limit limit, long now) {
            capacity = limit.burst();
            tokens = Math.min(capacity, tokens + (now - updatedAt) / 1e9 * limit.perSecond());
            updatedAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean fullAt(long now) {
            return tokens + (now - updatedAt) / 1e9 * 1 >= capacity;
        }
    }
}
