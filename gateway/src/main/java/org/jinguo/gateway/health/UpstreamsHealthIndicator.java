package org.jinguo.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Each upstream's readiness, as a detail of the gateway's health: always UP itself, so that one
 * dead service never takes the gateway out of a load balancer (the readiness group leaves it
 * out anyway). An upstream behind {@code lb://} is shown as load-balanced, not probed.
 */
@Component("upstreams")
class UpstreamsHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final RouteLocator routes;
    private final WebClient http = WebClient.create();

    UpstreamsHealthIndicator(RouteLocator routes) {
        this.routes = routes;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return upstreams().flatMap(upstreams -> Flux.fromIterable(upstreams.entrySet())
                .flatMap(upstream -> state(upstream.getValue()).map(state -> Map.entry(upstream.getKey(), state)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new))
                .map(states -> builder.up().withDetails(states).build());
    }

    /** Service name (a route id without its suffix) → where it is, one entry per location. */
    private Mono<Map<String, URI>> upstreams() {
        return routes.getRoutes().collectMap(route -> route.getUri(), Route::getId, LinkedHashMap::new)
                .map(byUri -> {
                    Map<String, URI> byName = new TreeMap<>();
                    byUri.forEach((uri, routeId) -> byName.putIfAbsent(serviceOf(routeId), uri));
                    return byName;
                });
    }

    private static String serviceOf(String routeId) {
        int end = routeId.indexOf("-service");
        return end < 0 ? routeId : routeId.substring(0, end + "-service".length());
    }

    private Mono<String> state(URI upstream) {
        if ("lb".equals(upstream.getScheme())) {
            return Mono.just("LOAD_BALANCED");
        }
        return http.get().uri(upstream.resolve("/actuator/health/readiness")).retrieve().toBodilessEntity()
                .map(response -> "UP")
                .timeout(PROBE_TIMEOUT)
                .onErrorReturn("DOWN");
    }
}
