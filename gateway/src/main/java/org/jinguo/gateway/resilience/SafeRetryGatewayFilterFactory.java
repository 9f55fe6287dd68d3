package org.jinguo.gateway.resilience;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * {@code SafeRetry}: retries a call that failed on the way (connection refused or reset, or a 502
 * or 503 from the service) with exponential back-off, but only when repeating it cannot do harm:
 * GET and HEAD, and a POST that carries an {@code Idempotency-Key}, which the services answer
 * once. Any other write is sent exactly once. A call that timed out is not repeated: the service
 * may still be working on it, and the breaker's time limit is nearly spent.
 *
 * <p>Listed after the route's {@code CircuitBreaker}, so the breaker's time limit bounds all the
 * attempts together and an open breaker answers at once without retrying. Spring Cloud Gateway's
 * own {@code Retry} filter does the retrying (it resets the exchange between attempts; the body
 * a POST sends again is the one the gateway cached for the breaker's fallback); this factory only
 * decides which requests may be retried.
 */
@Component
public class SafeRetryGatewayFilterFactory extends AbstractGatewayFilterFactory<SafeRetryGatewayFilterFactory.Config> {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RetryGatewayFilterFactory retry = new RetryGatewayFilterFactory();

    public SafeRetryGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("retries", "firstBackoff", "maxBackoff");
    }

    @Override
    public GatewayFilter apply(Config config) {
        GatewayFilter safe = retry.apply(retryConfig(config, HttpMethod.GET, HttpMethod.HEAD));
        GatewayFilter keyed = retry.apply(retryConfig(config, HttpMethod.POST));
        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            if (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())) {
                return safe.filter(exchange, chain);
            }
            String key = request.getHeaders().getFirst(IDEMPOTENCY_KEY);
            if (HttpMethod.POST.equals(request.getMethod()) && key != null && !key.isBlank()) {
                return keyed.filter(exchange, chain);
            }
            return chain.filter(exchange);
        };
    }

    @SuppressWarnings("unchecked")
    private static RetryConfig retryConfig(Config config, HttpMethod... methods) {
        return new RetryConfig().setRetries(config.getRetries()).setMethods(methods).setSeries()
                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                .setExceptions(IOException.class)
                .setBackoff(config.getFirstBackoff(), config.getMaxBackoff(), 2, true);
    }

    /** Defaults: 2 retries after the first attempt, waiting 50 ms, then 100 ms (at most 500 ms). */
    public static class Config {

        private int retries = 2;
        private Duration firstBackoff = Duration.ofMillis(50);
        private Duration maxBackoff = Duration.ofMillis(500);

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getFirstBackoff() {
            return firstBackoff;
        }

        public void setFirstBackoff(Duration firstBackoff) {
            this.firstBackoff = firstBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }
}
