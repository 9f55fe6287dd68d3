package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of a service that answers far too late. A stub stands in for org-service
 * here only because making the real one slow on purpose would need a hook in its code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class SlowOrgServiceIT {

    private static final Duration TIME_LIMIT = Duration.ofMillis(500);
    private static final Duration SERVICE_DELAY = Duration.ofSeconds(5);
    private static final StubServer SLOW_SERVICE = new StubServer(4, exchange -> {
        try {
            Thread.sleep(SERVICE_DELAY.toMillis());
            exchange.sendResponseHeaders(200, -1);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    });

    @DynamicPropertySource
    static void slowOrgService(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", SLOW_SERVICE::url);
        registry.add("ORG_SERVICE_TIME_LIMIT", () -> TIME_LIMIT.toMillis() + "ms");
        // Longer than the stub's delay, so that the breaker's time limiter is what ends the call.
        registry.add("ORG_SERVICE_RESPONSE_TIMEOUT_MS", () -> SERVICE_DELAY.multipliedBy(2).toMillis());
    }

    @AfterAll
    static void stopSlowService() {
        SLOW_SERVICE.close();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void authenticate() {
        client = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin()).build();
    }

    @Test
    void aCallBeyondTheTimeLimitGetsA503ProblemWithoutWaitingForTheService() {
        long started = System.nanoTime();

        client.get().uri("/api/v1/regions/towns")
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.service").isEqualTo("org-service")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("time limit"));

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(elapsed).isGreaterThanOrEqualTo(TIME_LIMIT).isLessThan(SERVICE_DELAY.dividedBy(2));
    }
}
