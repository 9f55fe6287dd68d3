package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jinguo.testsupport.ServiceJarProcess;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway in front of the real org-service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A loaded CI machine has taken more than the default 5 s to answer the first call of a kind.
@AutoConfigureWebTestClient(timeout = "PT30S")
class OrgServiceRoutingIT {

    /** The Resilience4j bulkhead's default, which the route must not be limited to. */
    private static final int DEFAULT_BULKHEAD = 25;
    private static final int CONCURRENT_CALLERS = 64;

    @DynamicPropertySource
    static void realOrgService(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", () -> ServiceJarProcess.of("org-service").baseUrl());
        registry.add("jinguo.gateway.cors.origins", () -> "https://web.jinguo.test, https://admin.jinguo.test");
        // The bulkhead test sends bursts of one caller's requests; the rate limit is another test's subject.
        registry.add("jinguo.gateway.rate-limits.defaults.per-second", () -> "10000");
        registry.add("jinguo.gateway.rate-limits.defaults.burst", () -> "10000");
        // A loaded machine may take seconds over a first call; the time limits are SlowOrgServiceIT's subject.
        registry.add("ORG_SERVICE_RESPONSE_TIMEOUT_MS", () -> "25000");
        registry.add("ORG_SERVICE_TIME_LIMIT", () -> "28s");
        // Each connection pool's gauges, named after the pool.
        registry.add("spring.cloud.gateway.server.webflux.httpclient.pool.metrics", () -> "true");
    }

    @LocalServerPort
    int port;
    @Autowired
    WebTestClient client;

    @BeforeEach
    void authenticate() {
        client = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin()).build();
    }
    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;
    @Autowired
    ReactiveResilience4jBulkheadProvider bulkheads;

    @Test
    void theTownsOfYongkangComeThroughTheGateway() {
        client.get().uri("/api/v1/regions/towns")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(15)
                .jsonPath("$.items.length()").isEqualTo(15)
                .jsonPath("$.page").isEqualTo(0);

        client.get().uri("/api/v1/regions/towns/DONGCHENG")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.code").isEqualTo("DONGCHENG");
    }


    @Test
    void theCallersRequestIdReachesTheServiceAndComesBack() {
        client.get().uri("/api/v1/regions/towns/NOWHERE")
                .header("X-Request-Id", "journey-42.a_b")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Request-Id", "journey-42.a_b")
                .expectBody().jsonPath("$.requestId").isEqualTo("journey-42.a_b");
    }

    @Test
    void aMissingOrUnfitRequestIdIsReplacedByOneTheServiceSeesToo() {
        for (String unfit : new String[] {null, "has spaces", "x".repeat(129)}) {
            WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/v1/regions/towns/NOWHERE");
            if (unfit != null) {
                request.header("X-Request-Id", unfit);
            }
            WebTestClient.ResponseSpec response = request.exchange();

            String requestId = response.returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
            assertThat(UUID.fromString(requestId)).isNotNull();
            response.expectStatus().isNotFound()
                    .expectBody().jsonPath("$.requestId").isEqualTo(requestId);
        }
    }

    @Test
    void aMissingForgedMalformedOrExpiredTokenIsRefusedAtTheGatewayAsAProblem() {
        WebTestClient anonymous = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        anonymous.get().uri("/api/v1/regions/towns")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        String valid = TestTokens.cityAdmin();
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        anonymous.get().uri("/api/v1/regions/towns").header(HttpHeaders.AUTHORIZATION, forged)
                .exchange()
                .expectStatus().isUnauthorized();
        anonymous.get().uri("/api/v1/regions/towns").header(HttpHeaders.AUTHORIZATION, "Bearer two words")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        anonymous.get().uri("/api/v1/regions/towns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.get().expiredToken("CITY_ADMIN"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // Meant for org-service alone, or an ID token (its audience is the client that asked for it): not for the gateway.
        for (List<String> audience : List.of(List.of("org-service"), List.of("jinguo-web"))) {
            anonymous.get().uri("/api/v1/regions/towns")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.get().tokenFor(audience))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void orgServicesOpenApiDocumentIsServedUnderItsName() {
        client.get().uri("/v3/api-docs/org-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").value(String.class, version -> assertThat(version).startsWith("3."))
                .jsonPath("$.paths['/api/v1/regions/towns']").exists();
    }

    @Test
    void aConfiguredFrontEndOriginMayCallFromABrowserAndOthersMayNot() {
        client.options().uri("/api/v1/regions/towns")
                .header(HttpHeaders.ORIGIN, "https://web.jinguo.test")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://web.jinguo.test")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers.toLowerCase())
                        .contains("authorization", "idempotency-key"));
        client.options().uri("/api/v1/regions/towns")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden();

        client.get().uri("/api/v1/regions/towns").header(HttpHeaders.ORIGIN, "https://admin.jinguo.test")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://admin.jinguo.test")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed).contains("X-Request-Id", "ETag"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
    }

    @Test
    void moreConcurrentCallersThanTheDefaultBulkheadAllowsAllSucceed() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Bulkhead bulkhead = bulkheads.getBulkheadRegistry().bulkhead("org-service");
        bulkhead.getEventPublisher()
                .onCallPermitted(event -> peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max))
                .onCallFinished(event -> inFlight.decrementAndGet());
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest towns = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/regions/towns"))
                .header(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin())
                .timeout(Duration.ofSeconds(30))
                .build();

        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, CONCURRENT_CALLERS)
                    .mapToObj(caller -> http.sendAsync(towns, HttpResponse.BodyHandlers.ofString()))
                    .toList();
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                assertThat(call.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }

        assertThat(peak.get()).as("calls in the bulkhead at once").isGreaterThan(DEFAULT_BULKHEAD);
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("org-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
