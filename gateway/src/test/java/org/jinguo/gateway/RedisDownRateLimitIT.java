package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.jinguo.localinfra.FreePorts;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Rate limits meant for Redis, with Redis unreachable: the instance counts them itself, and says so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class RedisDownRateLimitIT {

    private static final CountingService SERVICE = new CountingService();

    @DynamicPropertySource
    static void redisNobodyAnswers(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", SERVICE::url);
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + FreePorts.find());
        registry.add("jinguo.gateway.rate-limits.store", () -> "redis");
        registry.add("jinguo.gateway.rate-limits.defaults.per-second", () -> "1");
        registry.add("jinguo.gateway.rate-limits.defaults.burst", () -> "3");
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @Autowired
    WebTestClient client;
    @Autowired
    MeterRegistry meters;

    @Test
    void aCallerOverItsBurstIsStillRefusedAndTheOutageShows() {
        WebTestClient partner = client.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.partnerClient("partner-without-redis", "org.read")).build();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(partner.get().uri("/api/v1/regions/towns").exchange().returnResult(String.class).getStatus().value());
        }

        assertThat(statuses).startsWith(200, 200, 200).contains(429);
        assertThat(meters.get("jinguo.gateway.rate-limits.redis.unreachable").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("jinguo.gateway.rate-limits.counted-in-memory").counter().count()).isGreaterThanOrEqualTo(6);
    }
}
