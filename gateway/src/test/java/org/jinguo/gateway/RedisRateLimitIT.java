package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;

import org.jinguo.gateway.ratelimit.RequestQuota;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestRedis;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Rate limits counted in a real Redis, ops' way: one count for every gateway instance. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RedisRateLimitIT {

    private static final CountingService SERVICE = new CountingService();
    /** A loaded CI machine may be slow to answer; a request that passed uncounted would spoil the count. */
    private static final String PATIENT = "10s";
    private static final int BURST = 4;

    @BeforeAll
    static void needsRedis() {
        assumeTrue(TestRedis.url().isPresent(), TestRedis.NONE_REASON);
    }

    @DynamicPropertySource
    static void redisLimits(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", SERVICE::url);
        registry.add("spring.data.redis.url", () -> TestRedis.url().map(URI::toString).orElseThrow());
        registry.add("jinguo.gateway.rate-limits.store", () -> "redis");
        registry.add("jinguo.gateway.rate-limits.redis-timeout", () -> PATIENT);
        registry.add("jinguo.gateway.rate-limits.defaults.per-second", () -> "1");
        registry.add("jinguo.gateway.rate-limits.defaults.burst", () -> String.valueOf(BURST));
        // Each connection pool's gauges, named after the pool.
        registry.add("spring.cloud.gateway.server.webflux.httpclient.pool.metrics", () -> "true");
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @Autowired
    WebTestClient client;
    @Autowired
    RequestQuota quota;
    @Autowired
    ReactiveStringRedisTemplate redis;


    @Test
    void twoGatewayInstancesShareOneCountInRedis() {
        String partner = "redis-partner-" + System.nanoTime();
        String token = TestTokens.partnerClient(partner, "org.read");
        WebTestClient here = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, token).build();
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0",
                "--jinguo.security.issuer=" + TestIssuer.get().url(), "--ORG_SERVICE_URL=" + SERVICE.url(),
                "--spring.data.redis.url=" + TestRedis.url().orElseThrow(), "--jinguo.gateway.rate-limits.store=redis",
                "--jinguo.gateway.rate-limits.redis-timeout=" + PATIENT,
                "--jinguo.gateway.rate-limits.defaults.per-second=1", "--jinguo.gateway.rate-limits.defaults.burst=" + BURST)) {
            WebTestClient otherInstance = WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30))
                    .baseUrl("http://127.0.0.1:" + other.getEnvironment().getRequiredProperty("local.server.port")).build();
            // Both instances fetch the issuer's keys first, so that no slow first call lets the bucket refill.
            String warmUp = TestTokens.partnerClient("warm-up-" + partner, "org.read");
            otherInstance.get().uri("/api/v1/regions/towns").header(HttpHeaders.AUTHORIZATION, warmUp).exchange();
            client.get().uri("/api/v1/regions/towns").header(HttpHeaders.AUTHORIZATION, warmUp).exchange();
            WebTestClient there = otherInstance.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, token).build();

            // Alternating between the instances until each has refused once: with a count of its
            // own, each would let the whole burst through (2 × BURST). One bucket refills at one
            // token a second, so a slow machine may see a refill or two, never a second burst.
            long start = System.nanoTime();
            int passed = 0;
            boolean refusedHere = false;
            boolean refusedThere = false;
            for (int sent = 0; sent < 4 * BURST && !(refusedHere && refusedThere); sent++) {
                boolean toHere = sent % 2 == 0;
                var result = (toHere ? here : there).get().uri("/api/v1/regions/towns").exchange().returnResult(String.class);
                if (result.getStatus().value() == 429) {
                    assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
                    refusedHere |= toHere;
                    refusedThere |= !toHere;
                } else {
                    assertThat(result.getStatus().value()).isEqualTo(200);
                    passed++;
                }
            }
            long refills = Duration.ofNanos(System.nanoTime() - start).toSeconds() + 1;
            assertThat(refusedHere && refusedThere).as("both instances refuse once the shared bucket is empty").isTrue();
            assertThat(passed).isGreaterThanOrEqualTo(BURST).isLessThanOrEqualTo((int) Math.min(BURST + refills, 2L * BURST - 1));
        }
        assertThat(quota.getClass().getSimpleName()).isEqualTo("RedisRequestQuota");
        assertThat(redis.scan(ScanOptions.scanOptions().match("request_rate_limiter*" + partner + "*").build()).hasElements().block())
                .as("the count is kept in Redis").isTrue();
    }
}
