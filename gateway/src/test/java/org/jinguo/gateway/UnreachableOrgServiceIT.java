package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jinguo.localinfra.FreePorts;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway in front of an org-service address where nothing listens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class UnreachableOrgServiceIT {

    @DynamicPropertySource
    static void orgServiceNowhere(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.find());
        registry.add("ORG_SERVICE_MAX_BODY", () -> "1KB");
        registry.add("TRAINING_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.find());
        registry.add("COMMERCE_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.find());
        registry.add("CARE_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.find());
        registry.add("IDENTITY_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.find());
    }

    @Autowired
    WebTestClient client;
    @LocalServerPort
    int port;

    @BeforeEach
    void authenticate() {
        client = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin()).build();
    }
    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void aRoutedCallGetsAFast503ProblemNamingTheService() {
        long started = System.nanoTime();

        client.get().uri("/api/v1/regions/towns/DONGCHENG")
                .header("X-Request-Id", "unreachable-1")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Request-Id", "unreachable-1")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://jinguo.org/problems/service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("服务暂不可用")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("org-service"))
                .jsonPath("$.instance").isEqualTo("/api/v1/regions/towns/DONGCHENG")
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.service").isEqualTo("org-service")
                .jsonPath("$.requestId").isEqualTo("unreachable-1");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void repeatedFailuresOpenTheBreakerAndCallersStillGetTheProblem() {
        for (int call = 0; call < 30; call++) {
            client.get().uri("/api/v1/organizations").exchange().expectStatus().isEqualTo(503);
        }

        assertThat(orgServiceBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        client.get().uri("/api/v1/units")
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.service").isEqualTo("org-service");
    }

    @Test
    void aPathNoRouteKnowsIsA404ProblemWithAGeneratedRequestId() {
        WebTestClient.ResponseSpec response = client.get().uri("/api/v1/nothing-here").exchange();

        String requestId = response.returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(UUID.fromString(requestId)).isNotNull();
        response.expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.instance").isEqualTo("/api/v1/nothing-here")
                .jsonPath("$.requestId").isEqualTo(requestId);
    }

    @Test
    void aBodyOverTheRoutesLimitIsA413ProblemThatNeverReachesTheBreaker() {
        long callsBefore = callsSeenByTheBreaker();

        client.post().uri("/api/v1/organizations")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"" + "x".repeat(2048) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.instance").isEqualTo("/api/v1/organizations");

        assertThat(callsSeenByTheBreaker()).isEqualTo(callsBefore);
    }

    @Test
    void aBodyWithoutALengthIsRefusedBeforeItIsRead() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/organizations"))
                .header(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin()).header(HttpHeaders.CONTENT_TYPE, "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{\"name\":\"x\"}".getBytes())))
                .build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(411);
        assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void theGatewayStaysReadyWhileAServiceIsDown() {
        client.get().uri("/api/v1/regions/towns").exchange().expectStatus().isEqualTo(503);

        client.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health").exchange()
                .expectBody().jsonPath("$.components.upstreams.details['org-service']").isEqualTo("DOWN");
    }

    @Test
    void theOpenApiViewListsEveryServiceWhoseDocumentGoesThroughItsRoute() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(List.class, names -> assertThat(names)
                        .containsExactlyInAnyOrder("gateway", "identity-service", "org-service", "training-service", "commerce-service",
                                "care-service"))
                .jsonPath("$.urls[*].url").value(List.class, urls -> assertThat(urls).containsExactlyInAnyOrder(
                        "/v3/api-docs", "/v3/api-docs/identity-service", "/v3/api-docs/org-service", "/v3/api-docs/training-service", "/v3/api-docs/commerce-service",
                        "/v3/api-docs/care-service"));

        client.get().uri("/v3/api-docs/org-service")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("org-service");
    }

    @Test
    void eachServiceHasItsOwnRouteAndBreakerSoAnOutageNamesTheService() {
        for (String path : List.of("/api/v1/people", "/api/v1/courses", "/api/v1/enrolments/" + UUID.randomUUID(),
                "/api/v1/training-statistics?from=2024-01-01&to=2024-12-31")) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.service").isEqualTo("training-service");
        }
        for (String path : List.of("/api/v1/workshops", "/api/v1/livestream-accounts", "/api/v1/sales-batches")) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.service").isEqualTo("commerce-service");
        }
        for (String path : List.of("/api/v1/children", "/api/v1/caring-mothers/" + UUID.randomUUID(), "/api/v1/matches",
                "/api/v1/donations", "/api/v1/care-statistics?from=2024-01-01&to=2024-12-31")) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.service").isEqualTo("care-service");
        }
        for (String path : List.of("/api/v1/identity/accounts", "/api/v1/labels/identity", "/api/v1/audit/identity")) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.service").isEqualTo("identity-service");
        }
        client.post().uri("/api/v1/matching-runs").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"cityWide\":true}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("care-service");
        // Open without a token, so it reaches the route.
        client.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .get().uri("/api/v1/certificates/YK-TRN-2024-000001")
                .exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void salesBatchesMayBeLargerThanOtherRequests() {
        String twoMegabytes = "{\"records\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        client.post().uri("/api/v1/workshops").contentType(MediaType.APPLICATION_JSON).bodyValue(twoMegabytes)
                .exchange()
                .expectStatus().isEqualTo(413);
        client.post().uri("/api/v1/sales-batches").contentType(MediaType.APPLICATION_JSON).bodyValue(twoMegabytes)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("commerce-service");
    }

    private CircuitBreaker orgServiceBreaker() {
        return breakers.getCircuitBreakerRegistry().circuitBreaker("org-service");
    }

    private long callsSeenByTheBreaker() {
        CircuitBreaker.Metrics metrics = orgServiceBreaker().getMetrics();
        return metrics.getNumberOfBufferedCalls() + metrics.getNumberOfNotPermittedCalls();
    }
}
