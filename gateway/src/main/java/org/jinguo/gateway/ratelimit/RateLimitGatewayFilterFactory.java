package org.jinguo.gateway.ratelimit;

import java.util.Optional;

import org.jinguo.gateway.limits.RequestBodyLimitGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
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
 * {@code Retry-After}, before it costs the service, the breaker, the bulkhead or even the reading
 * of its body anything: it runs first, whatever its place in the route's list.
 */
@Component
public class RateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final RateLimits limits;
    private final JsonMapper json;

    public RateLimitGatewayFilterFactory(RateLimits limits, JsonMapper json) {
        super(Object.class);
        this.limits = limits;
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object config) {
        GatewayFilter limit = (exchange, chain) -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            return limits.exceeded(route == null ? "unrouted" : route.getId(), exchange)
                    .map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(exceeded -> exceeded.isPresent() ? refuse(exchange, exceeded.get()) : chain.filter(exchange));
        };
        return new OrderedGatewayFilter(limit, RequestBodyLimitGatewayFilterFactory.BEFORE_BODY_CACHING - 1);
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Limit limit) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfterSeconds()));
        byte[] body = json.writeValueAsBytes(limits.problem(limit, exchange));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
