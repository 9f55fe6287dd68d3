package org.jinguo.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareServiceApplicationIT {

    @LocalServerPort
    int port;

    @Test
    void reportsItselfHealthy() {
        Health health = RestClient.create("http://127.0.0.1:" + port)
                .get().uri("/actuator/health")
                .retrieve()
                .body(Health.class);

        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.groups()).contains("liveness", "readiness");
    }

    record Health(String status, List<String> groups) {
    }
}
