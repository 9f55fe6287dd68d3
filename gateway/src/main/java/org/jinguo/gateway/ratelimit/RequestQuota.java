package org.jinguo.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Where the gateway counts requests: in Redis for every instance at once, or in this instance's memory. */
public interface RequestQuota {

    /**
     * Takes one token from the bucket.
     *
     * @param bucket the route and the caller, e.g. {@code org-service|dev-partner}
     * @return whether the request may pass
     */
    Mono<Boolean> take(String bucket, Limit limit);
}
