package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 * detail of the gateway's health that never makes the gateway unready, what the gateway passes
 * on of the caller's headers, and its problems for requests it cannot read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureTracing
class EdgeIT {

    private static final CountingService FIRST = new CountingService();
    private static final CountingService SECOND = new CountingService();
    private static final CountingService TRAINING = new CountingService();
    private static final String STOPPED_CARE_INSTANCE = "http://127.0.0.1:" + FreePorts.find();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", () -> "lb://org-service");
        registry.add("spring.cloud.discovery.client.simple.instances.org-service[0].uri", FIRST::url);
        registry.add("spring.cloud.discovery.client.simple.instances.org-service[1].uri", SECOND::url);
        registry.add("TRAINING_SERVICE_URL", TRAINING::url);
        registry.add("COMMERCE_SERVICE_URL", () -> "lb://commerce-service");
        registry.add("CARE_SERVICE_URL", () -> "lb://care-service");
        registry.add("spring.cloud.discovery.client.simple.instances.care-service[0].uri", () -> STOPPED_CARE_INSTANCE);
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
    void aHeaderNettyCannotReadGetsAProblemInTheCallersLanguageWithItsRequestId() throws Exception {
        TRAINING.requests();

        RawAnswer answer = RawAnswer.of(port, "GET /api/v1/courses HTTP/1.1\r\nHost: gateway\r\nAccept-Language: en\r\n"
                + "X-Request-Id: unreadable-1\r\nX-Note: a\u0001b\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.header("x-request-id")).isEqualTo("unreadable-1");
        assertThat(answer.header("connection")).isEqualTo("close");
        assertThat(answer.body()).contains("\"code\":\"BAD_REQUEST\"", "\"title\":\"Bad request\"", "\"requestId\":\"unreadable-1\"",
                "\"status\":400");
        assertThat(TRAINING.requests()).as("calls reaching the service").isZero();
    }

    @Test
    void anUnreadableRequestPipelinedAfterAGoodOneIsAnsweredAfterIt() throws Exception {
        String good = "GET /api/v1/courses HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + TestTokens.cityAdmin() + "\r\n\r\n";
        String unreadable = "GET /api/v1/courses HTTP/1.1\r\nHost: gateway\r\nX-Note: a\u0001b\r\n\r\n";

        String answers = RawAnswer.text(port, good + unreadable);

        assertThat(answers).startsWith("HTTP/1.1 200");
        assertThat(answers.indexOf("HTTP/1.1 400")).as("the refusal, after the first answer").isPositive();
        assertThat(answers.substring(answers.indexOf("HTTP/1.1 400"))).contains("\"code\":\"BAD_REQUEST\"");
    }

    @Test
    void aRequestLineOrHeadersOverNettysLimitsGetTheirProblemsInChineseByDefault() throws Exception {
        RawAnswer longLine = RawAnswer.of(port, "GET /api/v1/courses?q=" + "a".repeat(5_000) + " HTTP/1.1\r\nHost: gateway\r\n\r\n");
        RawAnswer largeHeaders = RawAnswer.of(port, "GET /api/v1/courses HTTP/1.1\r\nHost: gateway\r\nX-Note: " + "a".repeat(10_000)
                + "\r\n\r\n");

        assertThat(longLine.status()).isEqualTo(414);
        assertThat(longLine.body()).contains("\"code\":\"URI_TOO_LONG\"", "\"title\":\"地址过长\"");
        assertThat(largeHeaders.status()).isEqualTo(431);
        assertThat(largeHeaders.body()).contains("\"code\":\"REQUEST_HEADER_FIELDS_TOO_LARGE\"", "\"title\":\"请求头过大\"");
        assertThat(largeHeaders.header("x-request-id")).matches("[0-9a-f-]{36}");
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
                .jsonPath("$.components.upstreams.details['commerce-service']").isEqualTo("NO_INSTANCES")
                .jsonPath("$.components.upstreams.details['org-service']").value(instances -> assertThat(instances)
                        .isEqualTo(Map.of(FIRST.url(), "UP", SECOND.url(), "UP")))
                .jsonPath("$.components.upstreams.details['care-service']").value(instances -> assertThat(instances)
                        .isEqualTo(Map.of(STOPPED_CARE_INSTANCE, "DOWN")));
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void withoutATokenHealthShowsNoUpstreamAndUpstreamsAreProbedOnceInTwoSecondsAtMost() {
        TRAINING.requests();

        anonymous.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();

        assertThat(TRAINING.requests()).as("readiness probes of training-service").isLessThanOrEqualTo(1);
    }

    /** An answer read off a socket, for requests no HTTP client would send. */
    record RawAnswer(int status, Map<String, String> headers, String body) {

        static RawAnswer of(int port, String request) throws Exception {
            String answer = text(port, request);
            String[] headAndBody = answer.split("\r\n\r\n", 2);
            String[] head = headAndBody[0].split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                String[] field = head[i].split(":", 2);
                headers.put(field[0].trim().toLowerCase(Locale.ROOT), field[1].trim());
            }
            return new RawAnswer(Integer.parseInt(head[0].split(" ")[1]), headers, headAndBody.length > 1 ? headAndBody[1] : "");
        }

        /** Everything the gateway sends back until it closes the connection. */
        static String text(int port, String request) throws Exception {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    /**
     * Counts the requests that look up their web session: creating one hops to two other thread
     * pools (ADR 10), and a gateway that checks bearer tokens needs none.
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
