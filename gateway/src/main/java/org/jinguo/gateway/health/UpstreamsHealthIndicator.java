package org.jinguo.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Each upstream's readiness, as a detail of the gateway's health: always UP itself, so that one
 * dead service never takes the gateway out of a load balancer (the readiness group leaves it
 * out anyway). An upstream behind {@code lb://} shows each instance the discovery client knows
 * of, with its own readiness.
 */
@Component("upstreams")
class UpstreamsHealthIndicator extends AbstractReactiveHealthIndicator {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    /** However often health is asked (it is open to anyone), each upstream is probed once in this time at most. */
    private static final Duration PROBES_KEPT = Duration.ofSeconds(2);

    private final RouteLocator routes;
    private final ObjectProvider<ReactiveDiscoveryClient> discovery;
    private final WebClient http = WebClient.create();
    private final Mono<Map<String, Object>> states;

    UpstreamsHealthIndicator(RouteLocator routes, ObjectProvider<ReactiveDiscoveryClient> discovery) {
        this.routes = routes;
        this.discovery = discovery;
        this.states = Mono.defer(this::probe).cache(PROBES_KEPT);
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return states.map(upstreams -> builder.up().withDetails(upstreams).build());
    }

    private Mono<Map<String, Object>> probe() {
        return upstreams().flatMap(upstreams -> Flux.fromIterable(upstreams.entrySet())
                .flatMap(upstream -> state(upstream.getValue()).map(state -> Map.entry(upstream.getKey(), state)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new));
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

    /**
     * UP or DOWN; for a load-balanced set, instance → UP or DOWN, NO_INSTANCES when discovery lists
     * none, DISCOVERY_FAILED when it fails or does not answer in time.
     */
    private Mono<Object> state(URI upstream) {
        if (!"lb".equals(upstream.getScheme())) {
            return readiness(upstream).cast(Object.class);
        }
        ReactiveDiscoveryClient instances = discovery.getIfAvailable();
        if (instances == null) {
            return Mono.just("NO_DISCOVERY_CLIENT");
        }
        return instances.getInstances(upstream.getHost())
                .flatMap(instance -> readiness(instance.getUri()).map(state -> Map.entry(instance.getUri().toString(), state)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
                .<Object>map(states -> states.isEmpty() ? "NO_INSTANCES" : states)
                .timeout(PROBE_TIMEOUT.multipliedBy(2))
                .onErrorReturn("DISCOVERY_FAILED");
    }

    private Mono<String> readiness(URI location) {
        return http.get().uri(location.resolve("/actuator/health/readiness")).retrieve().toBodilessEntity()
                .map(response -> "UP")
                .timeout(PROBE_TIMEOUT)
                .onErrorReturn("DOWN");
    }
}
