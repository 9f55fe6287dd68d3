package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import org.jinguo.localinfra.FreePorts;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * What the gateway adds around routing, seen from the upstream's side: the caller's trace
 * continued (tracing is on, as in production, not off as Spring Boot's tests have it by default), a route over a load-balanced set of instances, and each upstream's state as a
 * detail of the gateway's health that never makes the gateway unready, and what the gateway passes
 * on of the caller's headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureTracing
class EdgeIT {

    private static final CountingService FIRST = new CountingService();
    private static final CountingService SECOND = new CountingService();
    private static final CountingService TRAINING = new CountingService();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", () -> "lb://org-service");
        registry.add("spring.cloud.discovery.client.simple.instances.org-service[0].uri", FIRST::url);
        registry.add("spring.cloud.discovery.client.simple.instances.org-service[1].uri", SECOND::url);
        registry.add("TRAINING_SERVICE_URL", TRAINING::url);
        registry.add("COMMERCE_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.find());
    }

    @AfterAll
    static void stop() {
        FIRST.close();
        SECOND.close();
        TRAINING.close();
    }

    @Autowired
    WebTestClient anonymous;

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void authenticate() {
        client = anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin()).build();
    }

    @Test
    void theCallersTraceContextReachesTheService() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        client.get().uri("/api/v1/courses").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk();

        assertThat(TRAINING.lastHeaders().getFirst("traceparent")).as("the same trace, under the gateway's own span")
                .startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void aCallWithoutTraceContextStartsATraceTheServiceContinues() {
        client.get().uri("/api/v1/courses").exchange().expectStatus().isOk();

        assertThat(TRAINING.lastHeaders().getFirst("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void aRouteOverALoadBalancedSetSpreadsCallsOverItsInstances() {
        FIRST.requests();
        SECOND.requests();

        for (int i = 0; i < 6; i++) {
            client.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
        }

        assertThat(FIRST.requests()).isEqualTo(3);
        assertThat(SECOND.requests()).isEqualTo(3);
    }

    @Test
    void aControlCharacterInAHeaderOrASemicolonInThePathIsRefusedAsABadRequestProblem() {
        TRAINING.requests();

        anonymous.get().uri("/api/v1/courses").header(HttpHeaders.AUTHORIZATION, "Bearer abc\u0085")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("BAD_REQUEST");
        client.get().uri("/api/v1/courses;jsessionid=abc")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo("/api/v1/courses;jsessionid=abc");

        assertThat(TRAINING.requests()).as("calls reaching the service").isZero();
    }

    @Test
    void aPathThatIsNoURIOnItsOwnStillGetsItsProblem() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "//")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.body()).contains("\"code\":\"BAD_REQUEST\"").doesNotContain("instance");
    }

    @Test
    void noSessionIsLookedUpOrCreatedForACallWithOrWithoutAToken() {
        SessionLookups.COUNT.set(0);

        client.get().uri("/api/v1/courses").exchange().expectStatus().isOk();
        anonymous.get().uri("/api/v1/courses").exchange().expectStatus().isUnauthorized();

        assertThat(SessionLookups.COUNT).as("session lookups").hasValue(0);
    }

    @Test
    void theServiceGetsNoHopByHopOrForwardedHeaderTheCallerSent() {
        client.get().uri("/api/v1/courses")
                .header(HttpHeaders.CONNECTION, "keep-alive, X-Secret")
                .header("X-Secret", "only for the next hop")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("X-Forwarded-For", "10.1.2.3")
                .header("Forwarded", "for=10.1.2.3")
                .header("X-Request-Purpose", "kept")
                .exchange().expectStatus().isOk();

        Headers received = TRAINING.lastHeaders();
        assertThat(received.keySet()).map(name -> name.toLowerCase(Locale.ROOT))
                .doesNotContain("x-secret", "proxy-authorization", "x-forwarded-for", "forwarded");
        assertThat(received.getFirst("X-Request-Purpose")).isEqualTo("kept");
    }

    @Test
    void eachUpstreamsStateIsADetailOfHealthAndTheGatewayStaysReady() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.upstreams.status").isEqualTo("UP")
                .jsonPath("$.components.upstreams.details['training-service']").isEqualTo("UP")
                .jsonPath("$.components.upstreams.details['commerce-service']").isEqualTo("DOWN")
                .jsonPath("$.components.upstreams.details['org-service']").isEqualTo("LOAD_BALANCED");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    /**
     * Counts the requests that look up their web session: creating one hops to two other thread
     * pools (bench/README.md, "Gateway"), and a gateway that checks bearer tokens needs none.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SessionLookups {

        static final AtomicInteger COUNT = new AtomicInteger();

        @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
        WebSessionManager countingSessions() {
            WebSessionManager sessions = new DefaultWebSessionManager();
            return exchange -> Mono.defer(() -> {
                COUNT.incrementAndGet();
                return sessions.getSession(exchange);
            });
        }
    }
}
