package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Which calls the gateway retries when a service answers 503: safe methods, and a POST only
 * when it carries an Idempotency-Key. Any other write reaches the service exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RetryRulesIT {

    private static final CountingService FAILING = new CountingService();

    @DynamicPropertySource
    static void failingTrainingService(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("TRAINING_SERVICE_URL", FAILING::url);
        // Never open during the test: each call must reach the retry filter.
        registry.add("TRAINING_SERVICE_BREAKER_MINIMUM_CALLS", () -> "1000");
        registry.add("TRAINING_SERVICE_BREAKER_WINDOW", () -> "1000");
    }

    @AfterAll
    static void stop() {
        FAILING.close();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void authenticate() {
        client = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin()).build();
        FAILING.failNext(Integer.MAX_VALUE, 503);
        FAILING.requests();
    }

    @Test
    void aGetIsTriedThreeTimesWithBackOff() {
        long started = System.nanoTime();

        client.get().uri("/api/v1/courses").exchange().expectStatus().isEqualTo(503);

        assertThat(FAILING.requests()).isEqualTo(3);
        assertThat((System.nanoTime() - started) / 1_000_000).as("50 ms, then 100 ms of back-off").isGreaterThanOrEqualTo(150);
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsNeverRetried() {
        client.post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"x\"}")
                .exchange().expectStatus().isEqualTo(503);

        assertThat(FAILING.requests()).isEqualTo(1);
        client.put().uri("/api/v1/people/00000000-0000-0000-0000-000000000001").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .header("Idempotency-Key", "k-put").exchange().expectStatus().isEqualTo(503);
        assertThat(FAILING.requests()).as("only a POST is retried with a key").isEqualTo(1);
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRetriedWithItsBody() {
        client.post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"肉麦饼\"}")
                .header("Idempotency-Key", "k-1").exchange().expectStatus().isEqualTo(503);

        assertThat(FAILING.bodies()).containsExactly("{\"title\":\"肉麦饼\"}", "{\"title\":\"肉麦饼\"}", "{\"title\":\"肉麦饼\"}");
        assertThat(FAILING.requests()).isEqualTo(3);
        client.post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").header("Idempotency-Key", "")
                .exchange().expectStatus().isEqualTo(503);
        assertThat(FAILING.requests()).as("a blank key is no key").isEqualTo(1);
    }

    @Test
    void aServiceThatRecoversBetweenAttemptsAnswersTheCaller() {
        FAILING.failNext(2, 502);

        client.get().uri("/api/v1/courses").exchange().expectStatus().isOk();

        assertThat(FAILING.requests()).isEqualTo(3);
    }

    @Test
    void aClientErrorIsNeverRetried() {
        FAILING.failNext(1, 404);

        client.get().uri("/api/v1/courses/00000000-0000-0000-0000-000000000001").exchange().expectStatus().isNotFound();

        assertThat(FAILING.requests()).isEqualTo(1);
    }
}
