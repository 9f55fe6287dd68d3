package org.jinguo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class IdentityServiceApplicationIT {

    @LocalServerPort
    int port;

    @Test
    void reportsItselfHealthyAndPublishesItsIssuerMetadata() {
        HttpApi api = HttpApi.onLocalPort(port);
        HttpApi.Reply health = api.get("/actuator/health").send();
        HttpApi.Reply metadata = api.get("/.well-known/oauth-authorization-server").send();

        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("issuer").asString()).isEqualTo("http://identity.test");
        assertThat(metadata.json().get("jwks_uri").asString()).isEqualTo("http://identity.test/oauth2/jwks");
    }
}
