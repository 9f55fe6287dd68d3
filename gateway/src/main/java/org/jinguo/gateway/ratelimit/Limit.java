package org.jinguo.gateway.ratelimit;

/**
 * A token bucket: {@code perSecond} requests a second on average, up to {@code burst} at once.
 */
public record Limit(int perSecond, int burst) {

    public Limit {
        if (perSecond < 1 || burst < perSecond) {
            throw new IllegalArgumentException("A rate limit needs per-second ≥ 1 and burst ≥ per-second, not " + perSecond + "/" + burst);
        }
    }

    /** Seconds a caller refused should wait before a token is there again. */
    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1.0 / perSecond));
    }
}
