package org.jinguo.gateway.ratelimit;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway instance, through Spring Cloud Gateway's
 * {@link RedisRateLimiter} (its Lua script takes a token atomically; the bucket names the Redis
 * keys). Each distinct limit is registered once, at start-up, so nothing is written to the
 * limiter's configuration while requests run.
 * <p>Should Redis fail, or not answer within {@code patience}, the request is counted in this
 * instance's memory instead ({@code fallback}): a broken counter must neither take the front door
 * down nor let requests pass uncounted. The outage is logged once as it begins and once as it
 * ends, and shown by the gauge {@code jinguo.gateway.rate-limits.redis.unreachable} and the
 * counter {@code jinguo.gateway.rate-limits.counted-in-memory}.
 */
public final class RedisRequestQuota implements RequestQuota {

    private static final Logger log = LoggerFactory.getLogger(RedisRequestQuota.class);

    private final RedisRateLimiter limiter;
    private final Duration patience;
    private final RequestQuota fallback;
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private final Counter countedInMemory;

    public RedisRequestQuota(RedisRateLimiter limiter, Collection<Limit> limits, Duration patience, RequestQuota fallback,
                             MeterRegistry meters) {
        this.limiter = limiter;
        this.patience = patience;
        this.fallback = fallback;
        // The limiter answers a failure of Redis as "allowed" with no tokens known (-1): the headers tell the two apart.
        limiter.setIncludeHeaders(true);
        for (Limit limit : limits) {
            limiter.getConfig().put(key(limit), new RedisRateLimiter.Config().setReplenishRate(limit.perSecond())
                    .setBurstCapacity(limit.burst()).setRequestedTokens(1));
        }
        Gauge.builder("jinguo.gateway.rate-limits.redis.unreachable", unreachable, down -> down.get() ? 1 : 0)
                .description("1 while Redis does not count requests and this instance counts them in memory").register(meters);
        countedInMemory = Counter.builder("jinguo.gateway.rate-limits.counted-in-memory")
                .description("Requests counted in this instance's memory because Redis did not answer").register(meters);
    }

    @Override
    public Mono<Boolean> take(String bucket, Limit limit) {
        return limiter.isAllowed(key(limit), bucket)
                .filter(this::countedInRedis)
                .map(RateLimiter.Response::isAllowed)
                .timeout(patience)
                .doOnNext(allowed -> reachable())
                .switchIfEmpty(Mono.defer(() -> inMemory(bucket, limit, null)))
                .onErrorResume(failure -> inMemory(bucket, limit, failure));
    }

    private boolean countedInRedis(RateLimiter.Response response) {
        return !"-1".equals(response.getHeaders().get(limiter.getRemainingHeader()));
    }

    private void reachable() {
        if (unreachable.compareAndSet(true, false)) {
            log.info("Redis counts rate limits again, for every gateway instance together");
        }
    }

    private Mono<Boolean> inMemory(String bucket, Limit limit, Throwable failure) {
        if (unreachable.compareAndSet(false, true)) {
            log.warn("Redis does not count rate limits ({}): this gateway instance counts them in its own memory until it does",
                    failure == null ? "it failed" : failure.toString());
        }
        countedInMemory.increment();
        return fallback.take(bucket, limit);
    }

    private static String key(Limit limit) {
        return "limit-" + limit.perSecond() + "-" + limit.burst();
    }
}
