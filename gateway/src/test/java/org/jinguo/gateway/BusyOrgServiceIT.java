package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of a healthy service with more calls in flight than the route's bulkhead
 * lets through. A stub stands in for org-service so that the test decides when it answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BusyOrgServiceIT {

    private static final int BULKHEAD = 2;
    /** More than the breaker's minimum number of calls (20), all of them refused if counted. */
    private static final int TURNED_AWAY = 30;
    private static final CountDownLatch ANSWER = new CountDownLatch(1);
    private static final AtomicInteger HELD = new AtomicInteger();
    /** Holds every call until {@link #ANSWER}, then answers at once. */
    private static final StubServer BUSY_SERVICE = new StubServer(4, exchange -> {
        try {
            HELD.incrementAndGet();
            ANSWER.await();
            StubServer.answerJson(exchange, 200, "{\"items\":[]}");
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    });

    @DynamicPropertySource
    static void busyOrgService(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", BUSY_SERVICE::url);
        registry.add("ORG_SERVICE_MAX_CONCURRENT_CALLS", () -> BULKHEAD);
        registry.add("ORG_SERVICE_RESPONSE_TIMEOUT_MS", () -> 25_000);
        registry.add("ORG_SERVICE_TIME_LIMIT", () -> "28s");
        registry.add("jinguo.gateway.rate-limits.defaults.per-second", () -> "10000");
        registry.add("jinguo.gateway.rate-limits.defaults.burst", () -> "10000");
    }

    @AfterAll
    static void stopBusyService() {
        ANSWER.countDown();
        BUSY_SERVICE.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void callsBeyondTheBulkheadAreTurnedAwayWithoutOpeningTheBreaker() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest towns = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/regions/towns"))
                .header(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .timeout(Duration.ofSeconds(30))
                .build();
        List<CompletableFuture<HttpResponse<String>>> held = IntStream.range(0, BULKHEAD)
                .mapToObj(call -> http.sendAsync(towns, HttpResponse.BodyHandlers.ofString()))
                .toList();
        awaitHeldCalls();

        for (int call = 0; call < TURNED_AWAY; call++) {
            HttpResponse<String> turnedAway = http.send(towns, HttpResponse.BodyHandlers.ofString());
            assertThat(turnedAway.statusCode()).isEqualTo(503);
            assertThat(turnedAway.body()).contains("SERVICE_UNAVAILABLE", "org-service", "as many requests as the gateway allows");
        }
        ANSWER.countDown();

        for (CompletableFuture<HttpResponse<String>> call : held) {
            assertThat(call.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("org-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(http.send(towns, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static void awaitHeldCalls() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (HELD.get() < BULKHEAD && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(HELD.get()).as("calls the service holds").isEqualTo(BULKHEAD);
    }
}
