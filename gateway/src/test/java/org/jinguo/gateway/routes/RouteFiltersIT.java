package org.jinguo.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jinguo.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The order every route's filters run in, as the configuration's default and per-route filters
 * combine: the rate limit first, the body limit before the breaker, and retries only inside the
 * breaker, so that its time limit bounds every attempt together.
 */
@SpringBootTest
class RouteFiltersIT {

    private static final List<String> FILTERS = List.of("RateLimit", "RequestBodyLimit", "SetPath", "CircuitBreaker", "SafeRetry");

    private static final List<String> WITH_RETRIES = List.of("RateLimit", "RequestBodyLimit", "CircuitBreaker", "SafeRetry");
    private static final List<String> WITHOUT_RETRIES = List.of("RateLimit", "RequestBodyLimit", "CircuitBreaker");
    private static final List<String> API_DOCS = List.of("RateLimit", "SetPath", "CircuitBreaker", "SafeRetry");

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
    }

    @Autowired
    RouteLocator routes;

    @Test
    void everyRouteRunsItsFiltersInTheOrderThatKeepsRetriesInsideTheBreaker() {
        Map<String, List<String>> filtersByRoute = routes.getRoutes().collectList().block().stream()
                .collect(Collectors.toMap(Route::getId, route -> route.getFilters().stream().map(RouteFiltersIT::name).toList()));

        assertThat(filtersByRoute).isEqualTo(Map.ofEntries(
                // Administration, rare; an answer that shows a new secret once cannot be replayed.
                Map.entry("identity-service", WITHOUT_RETRIES),
                Map.entry("org-service", WITH_RETRIES),
                Map.entry("training-service", WITH_RETRIES),
                Map.entry("commerce-service", WITH_RETRIES),
                Map.entry("care-service", WITH_RETRIES),
                // Too long to repeat: a partner retries a whole batch itself, with its Idempotency-Key.
                Map.entry("commerce-service-sales-batches", WITHOUT_RETRIES),
                Map.entry("care-service-matching-runs", WITHOUT_RETRIES),
                Map.entry("identity-service-api-docs", API_DOCS),
                Map.entry("org-service-api-docs", API_DOCS),
                Map.entry("training-service-api-docs", API_DOCS),
                Map.entry("commerce-service-api-docs", API_DOCS),
                Map.entry("care-service-api-docs", API_DOCS)));
    }

    /** The filter's name in the configuration, read from its description (the factory's class or name). */
    private static String name(GatewayFilter filter) {
        String description = filter.toString();
        return FILTERS.stream().filter(description::contains).findFirst()
                .orElseThrow(() -> new AssertionError("A filter the routes do not configure: " + description));
    }
}
