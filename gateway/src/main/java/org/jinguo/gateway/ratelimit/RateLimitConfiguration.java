package org.jinguo.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where requests are counted, and says so at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    RequestQuota requestQuota(RateLimitProperties limits, ObjectProvider<RedisRateLimiter> redis, MeterRegistry meters) {
        if ("redis".equals(limits.store())) {
            log.info("Rate limits are counted in Redis, for every gateway instance together; default {} per second, burst {}; "
                    + "this instance counts in its own memory while Redis has not answered within {}",
                    limits.defaults().perSecond(), limits.defaults().burst(), limits.redisTimeout());
            return new RedisRequestQuota(redis.getObject(), limits.allLimits(), limits.redisTimeout(), new InMemoryRequestQuota(), meters);
        }
        if (!"in-memory".equals(limits.store())) {
            throw new IllegalStateException("jinguo.gateway.rate-limits.store must be redis or in-memory, not " + limits.store());
        }
        log.warn("Rate limits are counted in this gateway instance's memory (no Redis configured: GATEWAY_RATE_LIMIT_STORE=in-memory); "
                + "with several instances a caller gets the limit once per instance. Default {} per second, burst {}",
                limits.defaults().perSecond(), limits.defaults().burst());
        return new InMemoryRequestQuota();
    }
}
