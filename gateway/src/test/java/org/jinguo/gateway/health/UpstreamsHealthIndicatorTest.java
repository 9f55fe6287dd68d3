package org.jinguo.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import reactor.core.publisher.Flux;

/** A discovery client that fails or hangs shows as such for its service, and the gateway stays UP. */
class UpstreamsHealthIndicatorTest {

    private static final RouteLocator ONE_LOAD_BALANCED_ROUTE = () -> Flux.just(Route.async().id("care-service")
            .uri("lb://care-service").predicate(exchange -> true).build());

    @Test
    void aDiscoveryClientThatFailsIsShownForItsService() {
        Health health = healthWith(Flux.error(new IllegalStateException("registry down")));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("care-service", "DISCOVERY_FAILED");
    }

    @Test
    void aDiscoveryClientThatDoesNotAnswerIsShownAfterTwoSeconds() {
        Health health = healthWith(Flux.never());

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("care-service", "DISCOVERY_FAILED");
    }

    private static Health healthWith(Flux<ServiceInstance> instances) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("discovery", new ReactiveDiscoveryClient() {
            @Override
            public String description() {
                return "a registry";
            }

            @Override
            public Flux<ServiceInstance> getInstances(String serviceId) {
                return instances;
            }

            @Override
            public Flux<String> getServices() {
                return Flux.just("care-service");
            }
        });
        return new UpstreamsHealthIndicator(ONE_LOAD_BALANCED_ROUTE, beans.getBeanProvider(ReactiveDiscoveryClient.class))
                .health().block(Duration.ofSeconds(10));
    }
}
