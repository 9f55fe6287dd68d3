package org.jinguo.gateway.ratelimit;

import org.jinguo.gateway.problem.GatewayProblems;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code RateLimit}: each caller (see {@link CallerKeys}) has a token bucket per route, sized by
 * {@link RateLimitProperties}. A request without a token left is answered 429 with a problem and
 * {@code Retry-After}, before it costs the service, the breaker or the bulkhead anything.
 */
@Component
public class RateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final RequestQuota quota;
    private final RateLimitProperties limits;
    private final GatewayProblems problems;
    private final JsonMapper json;

    public RateLimitGatewayFilterFactory(RequestQuota quota, RateLimitProperties limits, GatewayProblems problems, JsonMapper json) {
        super(Object.class);
        this.quota = quota;
        this.limits = limits;
        this.problems = problems;
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> CallerKeys.of(exchange).flatMap(caller -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            String routeId = route == null ? "unrouted" : route.getId();
            Limit limit = limits.limitFor(routeId, caller);
            return quota.take(routeId + "|" + caller, limit)
                    .flatMap(allowed -> allowed ? chain.filter(exchange) : refuse(exchange, limit));
        });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Limit limit) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfterSeconds()));
        byte[] body = json.writeValueAsBytes(problems.create(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "problem.RATE_LIMITED",
                new Object[] {limit.perSecond(), limit.burst()}, exchange));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
