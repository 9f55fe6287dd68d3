package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jinguo.gateway.ratelimit.InMemoryRequestQuota;
import org.jinguo.gateway.ratelimit.RequestQuota;
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

/** Rate limits counted in the gateway's memory, the local run's way: per client, per route, with a client's own limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RateLimitIT {

    private static final CountingService SERVICE = new CountingService();

    @DynamicPropertySource
    static void tightLimits(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", SERVICE::url);
        registry.add("COMMERCE_SERVICE_URL", SERVICE::url);
        registry.add("jinguo.gateway.rate-limits.store", () -> "in-memory");
        registry.add("jinguo.gateway.rate-limits.defaults.per-second", () -> "1");
        registry.add("jinguo.gateway.rate-limits.defaults.burst", () -> "3");
        registry.add("jinguo.gateway.rate-limits.clients.generous-partner.per-second", () -> "100");
        registry.add("jinguo.gateway.rate-limits.clients.generous-partner.burst", () -> "100");
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @Autowired
    WebTestClient client;
    @Autowired
    RequestQuota quota;

    @BeforeEach
    void warmUp() {
        // The first call fetches the issuer's keys; let that slow call not give buckets time to refill.
        as(TestTokens.partnerClient("warm-up", "org.read")).get().uri("/api/v1/regions/towns").exchange();
    }

    @Test
    void aClientOverItsBurstGets429ProblemsWithRetryAfterAndTheServiceNeverSeesThem() {
        WebTestClient partner = as(TestTokens.partnerClient("busy-partner", "org.read"));
        SERVICE.requests();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(partner.get().uri("/api/v1/regions/towns").exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(quota).isInstanceOf(InMemoryRequestQuota.class);
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
        assertThat(SERVICE.requests()).isEqualTo(3);
        partner.get().uri("/api/v1/regions/towns").header("Accept-Language", "en").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("RATE_LIMITED")
                .jsonPath("$.title").isEqualTo("Too many requests");
    }

    @Test
    void eachClientAndEachRouteHasItsOwnBucketAndAClientMayHaveItsOwnLimit() {
        WebTestClient first = as(TestTokens.partnerClient("partner-one", "org.read", "commerce.read"));
        WebTestClient second = as(TestTokens.partnerClient("partner-two", "org.read"));
        WebTestClient generous = as(TestTokens.partnerClient("generous-partner", "org.read"));
        for (int i = 0; i < 3; i++) {
            first.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
        }

        first.get().uri("/api/v1/regions/towns").exchange().expectStatus().isEqualTo(429);
        // another route, another bucket; another client, another bucket
        first.get().uri("/api/v1/workshops").exchange().expectStatus().isOk();
        second.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
        for (int i = 0; i < 20; i++) {
            generous.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
        }
    }

    @Test
    void eachPersonSignedInThroughAFrontEndHasHerOwnBucket() {
        WebTestClient hurried = as("Bearer " + TestIssuer.get().frontEndToken("jinguo-web", "hurried-user", List.of("TOWN_STAFF")));
        WebTestClient patient = as("Bearer " + TestIssuer.get().frontEndToken("jinguo-web", "patient-user", List.of("TOWN_STAFF")));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(hurried.get().uri("/api/v1/regions/towns").exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(statuses).startsWith(200, 200, 200).contains(429);
        patient.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
    }

    @Test
    void callsWithoutATokenAreCountedByTheirAddress() {
        WebTestClient anonymous = client;
        for (int i = 0; i < 3; i++) {
            anonymous.get().uri("/api/v1/labels/org").exchange().expectStatus().isOk();
        }

        anonymous.get().uri("/api/v1/labels/org").exchange().expectStatus().isEqualTo(429);
    }

    private WebTestClient as(String token) {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, token).build();
    }
}
