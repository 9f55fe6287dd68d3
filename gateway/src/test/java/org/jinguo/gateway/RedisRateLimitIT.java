package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;

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
@AutoConfigureWebTestClient
class RedisRateLimitIT {

    private static final CountingService SERVICE = new CountingService();

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
        registry.add("jinguo.gateway.rate-limits.defaults.per-second", () -> "1");
        registry.add("jinguo.gateway.rate-limits.defaults.burst", () -> "4");
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
                "--jinguo.gateway.rate-limits.defaults.per-second=1", "--jinguo.gateway.rate-limits.defaults.burst=4")) {
            WebTestClient otherInstance = WebTestClient.bindToServer()
                    .baseUrl("http://127.0.0.1:" + other.getEnvironment().getRequiredProperty("local.server.port")).build();
            // Both instances fetch the issuer's keys first, so that no slow first call lets the bucket refill.
            String warmUp = TestTokens.partnerClient("warm-up-" + partner, "org.read");
            otherInstance.get().uri("/api/v1/regions/towns").header(HttpHeaders.AUTHORIZATION, warmUp).exchange();
            client.get().uri("/api/v1/regions/towns").header(HttpHeaders.AUTHORIZATION, warmUp).exchange();
            WebTestClient there = otherInstance.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, token).build();

            here.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
            there.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
            here.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();
            there.get().uri("/api/v1/regions/towns").exchange().expectStatus().isOk();

            there.get().uri("/api/v1/regions/towns").exchange().expectStatus().isEqualTo(429)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER);
            here.get().uri("/api/v1/regions/towns").exchange().expectStatus().isEqualTo(429);
        }
        assertThat(quota.getClass().getSimpleName()).isEqualTo("RedisRequestQuota");
        assertThat(redis.scan(ScanOptions.scanOptions().match("request_rate_limiter*" + partner + "*").build()).hasElements().block())
                .as("the count is kept in Redis").isTrue();
    }
}
