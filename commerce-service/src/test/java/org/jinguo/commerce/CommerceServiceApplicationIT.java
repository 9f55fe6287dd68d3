package org.jinguo.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class CommerceServiceApplicationIT {

    @LocalServerPort
    int port;

    @Test
    void reportsItselfHealthyWithLivenessAndReadiness() {
        HttpApi.Reply health = HttpApi.onLocalPort(port).get("/actuator/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("groups").toString()).contains("liveness", "readiness");
    }
}
