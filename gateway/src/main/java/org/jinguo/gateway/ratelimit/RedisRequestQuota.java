package org.jinguo.gateway.ratelimit;

import java.time.Duration;
import java.util.Collection;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway instance, through Spring Cloud Gateway's
 * {@link RedisRateLimiter} (its Lua script takes a token atomically; the bucket names the Redis
 * keys). Each distinct limit is registered once, at start-up, so nothing is written to the
 * limiter's configuration while requests run. Should Redis fail or be slow, a request passes
 * after at most {@code patience}: a broken counter must not take the front door down.
 */
public final class RedisRequestQuota implements RequestQuota {

    private final RedisRateLimiter limiter;
    private final Duration patience;

    public RedisRequestQuota(RedisRateLimiter limiter, Collection<Limit> limits, Duration patience) {
        this.limiter = limiter;
        this.patience = patience;
        for (Limit limit : limits) {
            limiter.getConfig().put(key(limit), new RedisRateLimiter.Config().setReplenishRate(limit.perSecond())
                    .setBurstCapacity(limit.burst()).setRequestedTokens(1));
        }
    }

    @Override
    public Mono<Boolean> take(String bucket, Limit limit) {
        return limiter.isAllowed(key(limit), bucket).map(RedisRateLimiter.Response::isAllowed)
                .timeout(patience)
                .onErrorReturn(true);
    }

    private static String key(Limit limit) {
        return "limit-" + limit.perSecond() + "-" + limit.burst();
    }
}
