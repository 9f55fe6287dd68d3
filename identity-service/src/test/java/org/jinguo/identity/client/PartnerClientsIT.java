package org.jinguo.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.nimbusds.jwt.SignedJWT;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class PartnerClientsIT {

    private static final String CLIENTS = "/api/v1/identity/clients";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;
    String cityAdmin;

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port);
        cityAdmin = "Bearer " + token("jinguo-operations", "operations-secret-for-tests", null).json().get("access_token").asString();
    }

    @Test
    void aPartnerGetsTokensWithItsScopesUntilDisabledAndAgainWithANewSecret() throws Exception {
        HttpApi.Reply registered = api.post(CLIENTS, """
                {"clientId":"shiguang-center","name":"市拾光社会服务发展中心","scopes":["care.read","org.read"]}""")
                .header("Authorization", cityAdmin).header("Idempotency-Key", "register-shiguang").send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("Cache-Control")).contains("no-store");
        String secret = registered.json().get("secret").asString();
        assertThat(jdbc.sql("select count(*) from idempotency_record where idempotency_key = 'register-shiguang'").query(Long.class).single())
                .as("a response holding a secret is never kept").isZero();

        HttpApi.Reply partnerToken = token("shiguang-center", secret, "care.read");
        assertThat(partnerToken.status()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(partnerToken.json().get("access_token").asString());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("care.read");
        assertThat(jwt.getJWTClaimsSet().getAudience()).as("the gateway and the services its scopes name")
                .containsExactlyInAnyOrder("gateway", "care-service");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).isEmpty();
        assertThat(token("shiguang-center", secret, "care.write").status()).isEqualTo(400);

        assertThat(api.get(CLIENTS + "/shiguang-center").header("Authorization", cityAdmin).send().body()).doesNotContain("\"secret\":\"");
        api.post(CLIENTS + "/shiguang-center/disabling", null).header("Authorization", cityAdmin).send();
        assertThat(token("shiguang-center", secret, "care.read").status()).isEqualTo(401);

        String renewed = api.post(CLIENTS + "/shiguang-center/secret", null).header("Authorization", cityAdmin).send()
                .json().get("secret").asString();
        assertThat(token("shiguang-center", renewed, "care.read").status()).isEqualTo(200);
        assertThat(token("shiguang-center", secret, "care.read").status()).isEqualTo(401);
    }

    @Test
    void unknownScopesAndTakenIdsAreRefused() {
        HttpApi.Reply unknownScope = api.post(CLIENTS, """
                {"clientId":"over-reaching","name":"Over-reaching","scopes":["care.read","everything"]}""")
                .header("Authorization", cityAdmin).send();
        HttpApi.Reply operations = api.get(CLIENTS + "/jinguo-operations").header("Authorization", cityAdmin).send();

        assertThat(unknownScope.status()).isEqualTo(400);
        assertThat(unknownScope.json().get("errors").get(0).get("field").asString()).isEqualTo("scopes[1]");
        assertThat(operations.status()).as("the operations client is not a partner").isEqualTo(404);
    }

    private HttpApi.Reply token(String clientId, String secret, String scope) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return api.post("/oauth2/token", "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic).send();
    }
}
