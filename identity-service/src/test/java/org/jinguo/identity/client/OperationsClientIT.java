package org.jinguo.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.jinguo.identity.IdentityServiceApplication;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.KeyRotationDrill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operations client's secret replaced and the client stopped through the admin API, and a
 * secret changed in the configuration honoured on the next start; on an instance of its own, so
 * the other tests keep the secret they know.
 */
class OperationsClientIT {

    private static final String CLIENT = "/api/v1/identity/operations-client";
    private static final String SECRET_SETTING = "--jinguo.identity.operations-client-secret=";

    private final KeyRotationDrill identity = new KeyRotationDrill(IdentityServiceApplication.class, "identity-service-operations");
    private final String masterKey = KeyRotationDrill.newKey();
    private final String firstSecret = UUID.randomUUID().toString();
    private final String changedSecret = UUID.randomUUID().toString();

    @AfterEach
    void stop() {
        identity.close();
    }

    @Test
    void aLeakedSecretIsReplacedAtOnceTheClientCanBeStoppedAndEveryUseIsAudited() {
        identity.start(masterKey, null, SECRET_SETTING + firstSecret);
        HttpApi api = HttpApi.onLocalPort(identity.port());
        String admin = bearer(token(api, firstSecret));

        Reply renewed = api.post(CLIENT + "/secret", null).header("Authorization", admin).send();
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.header("Cache-Control")).contains("no-store");
        String second = renewed.json().get("secret").asString();
        assertThat(second).isNotBlank().isNotEqualTo(firstSecret);
        assertThat(renewed.json().get("roles").get(0).asString()).isEqualTo("CITY_ADMIN");
        assertThat(token(api, firstSecret).status()).as("the old secret stops at once").isEqualTo(401);
        assertThat(token(api, second).status()).isEqualTo(200);
        assertThat(api.get(CLIENT).header("Authorization", admin).send().json().get("secret").isNull()).isTrue();

        Reply disabled = api.post(CLIENT + "/disabling", null).header("Authorization", admin).send();
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(token(api, second).status()).isEqualTo(401);
        String third = api.post(CLIENT + "/secret", null).header("Authorization", admin).send().json().get("secret").asString();
        assertThat(token(api, third).status()).as("a new secret enables it again").isEqualTo(200);

        JsonNode trail = api.get("/api/v1/audit/identity?resourceType=client&resourceId=jinguo-operations&size=50")
                .header("Authorization", admin).send().json().get("items");
        assertThat(trail.findValuesAsString("action")).contains("client.secret-renewed", "client.disabled", "client.token-issued");
        assertThat(trail.toString()).doesNotContain(second, third, firstSecret);
        for (JsonNode entry : trail) {
            if (entry.get("action").asString().equals("client.token-issued")) {
                assertThat(entry.get("actor").asString()).isEqualTo("jinguo-operations");
            }
        }
    }

    @Test
    void aCallerWithoutCityAdminCannotTouchIt() {
        identity.start(masterKey, null, SECRET_SETTING + firstSecret);
        HttpApi api = HttpApi.onLocalPort(identity.port());
        String admin = bearer(token(api, firstSecret));
        String partnerSecret = api.post("/api/v1/identity/clients", """
                {"clientId":"ops-curious-partner","name":"好奇的伙伴","scopes":["org.read"]}""").header("Authorization", admin).send()
                .json().get("secret").asString();
        String partner = bearer(api.post("/oauth2/token", "grant_type=client_credentials&scope=org.read")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", basic("ops-curious-partner", partnerSecret)).send());

        // A partner's token does not even name identity-service as its audience.
        assertThat(api.post(CLIENT + "/secret", null).header("Authorization", partner).send().status()).isEqualTo(401);
        assertThat(api.post(CLIENT + "/disabling", null).header("Authorization", partner).send().status()).isEqualTo(401);
        assertThat(api.post(CLIENT + "/secret", null).send().status()).isEqualTo(401);
        assertThat(token(api, firstSecret).status()).isEqualTo(200);
    }

    @Test
    void aSecretChangedInTheConfigurationIsHonouredOnTheNextStartAndAnUnchangedOneKeepsARenewedSecret() {
        identity.start(masterKey, null, SECRET_SETTING + firstSecret);
        HttpApi api = HttpApi.onLocalPort(identity.port());
        String renewed = api.post(CLIENT + "/secret", null).header("Authorization", bearer(token(api, firstSecret))).send()
                .json().get("secret").asString();
        identity.stopAll();

        identity.start(masterKey, null, SECRET_SETTING + firstSecret);
        api = HttpApi.onLocalPort(identity.port());
        assertThat(token(api, renewed).status()).as("the configuration did not change: the renewed secret stays").isEqualTo(200);
        assertThat(token(api, firstSecret).status()).isEqualTo(401);
        identity.stopAll();

        identity.start(masterKey, null, SECRET_SETTING + changedSecret);
        api = HttpApi.onLocalPort(identity.port());
        assertThat(token(api, changedSecret).status()).isEqualTo(200);
        assertThat(token(api, renewed).status()).isEqualTo(401);
        JsonNode trail = api.get("/api/v1/audit/identity?resourceType=client&resourceId=jinguo-operations&size=50")
                .header("Authorization", bearer(token(api, changedSecret))).send().json().get("items");
        assertThat(trail.findValuesAsString("action")).containsOnlyOnce("client.secret-configured");
        assertThat(trail.findValuesAsString("actor")).contains("identity-service");
    }

    private static Reply token(HttpApi api, String secret) {
        return api.post("/oauth2/token", "grant_type=client_credentials")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", basic(OperationsClientInitializer.CLIENT_ID, secret))
                .send();
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(Reply token) {
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return "Bearer " + token.json().get("access_token").asString();
    }
}
