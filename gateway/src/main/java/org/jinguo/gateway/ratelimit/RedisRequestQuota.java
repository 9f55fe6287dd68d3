package org.jinguo.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway instance, through Spring Cloud Gateway's
 * {@link RedisRateLimiter} (its Lua script takes a token atomically). Each bucket is registered
 * with its limit under its own name. Should Redis fail, the limiter lets requests through: a
 * broken counter must not take the front door down.
 */
public final class RedisRequestQuota implements RequestQuota {

    private final RedisRateLimiter limiter;
    private final ConcurrentMap<String, Limit> registered = new ConcurrentHashMap<>();

    public RedisRequestQuota(RedisRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Mono<Boolean> take(String bucket, Limit limit) {
        if (!limit.equals(registered.put(bucket, limit))) {
            limiter.getConfig().put(bucket, new RedisRateLimiter.Config().setReplenishRate(limit.perSecond())
                    .setBurstCapacity(limit.burst()).setRequestedTokens(1));
        }
        return limiter.isAllowed(bucket, bucket).map(RedisRateLimiter.Response::isAllowed);
    }
}
