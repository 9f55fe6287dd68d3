package org.jinguo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service answers on its health endpoint once started: UP, with the liveness and
 * readiness groups that deployments probe. A service's {@code ...ApplicationIT} extends it.
 */
public abstract class HealthyServiceContract {

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
