package org.jinguo.web.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jinguo.idempotency.*}.
 *
 * @param retention      how long a key and its response are kept
 * @param inProgressWait how long a request waits for another request with its key to finish
 * @param abandonedAfter when a request still in progress is taken for dead (its instance crashed)
 * @param maxBodySize    the largest request body, in bytes, that an idempotent request may have
 */
@ConfigurationProperties("jinguo.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("10s") Duration inProgressWait,
        @DefaultValue("2m") Duration abandonedAfter,
        @DefaultValue("16777216") int maxBodySize) {
}
