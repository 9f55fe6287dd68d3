package org.jinguo.gateway.ratelimit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.gateway.problem.GatewayProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Takes a caller's token for a route or endpoint, and words the refusal when none is left. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RateLimits {

    private final RequestQuota quota;
    private final RateLimitProperties limits;
    private final GatewayProblems problems;

    /** @return the limit the caller is over, or empty when the request may pass */
    public Mono<Limit> exceeded(String routeId, ServerWebExchange exchange) {
        return CallerKeys.of(exchange).flatMap(caller -> {
            Limit limit = limits.limitFor(routeId, caller.client());
            return quota.take(routeId + "|" + caller.bucket(), limit).flatMap(allowed -> allowed ? Mono.<Limit>empty() : Mono.just(limit));
        });
    }

    public ProblemDetail problem(Limit limit, ServerWebExchange exchange) {
        return problems.create(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "problem.RATE_LIMITED",
                new Object[] {limit.perSecond(), limit.burst()}, exchange);
    }
}
