package org.jinguo.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jinguo.identity.key.SigningKeyRepository;
import org.jinguo.testsupport.BadInputCheck;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class AccountAdminIT {

    private static final String ACCOUNTS = "/api/v1/identity/accounts";

    @LocalServerPort
    int port;
    @Autowired
    SigningKeyRepository keys;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;
    String cityAdmin;

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port);
        String basic = Base64.getEncoder().encodeToString("jinguo-operations:operations-secret-for-tests".getBytes(StandardCharsets.UTF_8));
        cityAdmin = "Bearer " + api.post("/oauth2/token", "grant_type=client_credentials")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .send().json().get("access_token").asString();
    }

    @Test
    void cityAdminCreatesAnAccountChangesItsRolesAndDisablesIt() {
        HttpApi.Reply created = api.post(ACCOUNTS, """
                {"username":"qiancang-staff","displayName":"钱仓镇 王芳","password":"a long enough password",
                 "roles":[{"role":"TOWN_STAFF","townCode":"QIANCANG"}]}""")
                .header("Authorization", cityAdmin).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("displayName").asString()).isEqualTo("钱仓镇 王芳");
        assertThat(created.body()).doesNotContain("password");
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(ACCOUNTS + "/" + id);

        HttpApi.Reply stale = api.put(ACCOUNTS + "/" + id + "/roles", """
                {"roles":[{"role":"CARE_STAFF"}]}""").header("Authorization", cityAdmin).header("If-Match", "\"0\"").send();
        assertThat(stale.status()).isEqualTo(412);
        HttpApi.Reply rerolled = api.put(ACCOUNTS + "/" + id + "/roles", """
                {"roles":[{"role":"CARE_STAFF"},{"role":"TOWN_STAFF","townCode":"QIANCANG"}]}""")
                .header("Authorization", cityAdmin).header("If-Match", created.header("ETag")).send();
        assertThat(rerolled.status()).isEqualTo(200);
        assertThat(rerolled.json().get("roles").findValuesAsString("role")).containsExactly("CARE_STAFF", "TOWN_STAFF");

        HttpApi.Reply disabled = api.post(ACCOUNTS + "/" + id + "/disabling", null)
                .header("Authorization", cityAdmin).header("If-Match", rerolled.header("ETag")).send();
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(api.get(ACCOUNTS + "?role=CARE_STAFF&username=qiancang").header("Authorization", cityAdmin).send()
                .json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/audit/identity?resourceId=" + id).header("Authorization", cityAdmin).send()
                .json().get("items").findValuesAsString("action"))
                .containsExactly("account.disabled", "account.roles-replaced", "account.created");
    }

    @Test
    void anAccountShowsItsUsernameUntilGivenADisplayNameThatCanBeShownAsItIs() {
        HttpApi.Reply created = api.post(ACCOUNTS, """
                {"username":"unnamed","password":"a long enough password","roles":[{"role":"RESIDENT"}]}""")
                .header("Authorization", cityAdmin).send();
        String displayName = ACCOUNTS + "/" + created.json().get("id").asString() + "/display-name";
        assertThat(created.json().get("displayName").asString()).isEqualTo("unnamed");

        for (String bad : List.of("\" padded\"", "\"\"", "\"two\\nlines\"", "\"\\u202Edesrever\"", "\"" + "x".repeat(101) + "\"", "null")) {
            HttpApi.Reply refused = api.put(displayName, "{\"displayName\":" + bad + "}")
                    .header("Authorization", cityAdmin).header("If-Match", created.header("ETag")).send();
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("displayName");
        }
        HttpApi.Reply renamed = api.put(displayName, """
                {"displayName":"Li Na 李娜"}""").header("Authorization", cityAdmin).header("If-Match", created.header("ETag")).send();

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isNotEqualTo(created.header("ETag"));
        assertThat(api.get(created.header("Location")).header("Authorization", cityAdmin).send()
                .json().get("displayName").asString()).isEqualTo("Li Na 李娜");
        assertThat(api.put(displayName, """
                {"displayName":"Stale"}""").header("Authorization", cityAdmin).header("If-Match", created.header("ETag")).send()
                .status()).isEqualTo(412);
    }

    @Test
    void rolesAndTownsMustAgreeAndUsernamesAreUnique() {
        HttpApi.Reply noTown = api.post(ACCOUNTS, """
                {"username":"townless","password":"a long enough password","roles":[{"role":"TOWN_STAFF"}]}""")
                .header("Authorization", cityAdmin).send();
        HttpApi.Reply twoTowns = api.post(ACCOUNTS, """
                {"username":"twotowns","password":"a long enough password",
                 "roles":[{"role":"TOWN_STAFF","townCode":"GUSHAN"},{"role":"RESIDENT","townCode":"XIXI"}]}""")
                .header("Authorization", cityAdmin).send();
        api.post(ACCOUNTS, """
                {"username":"only-once","password":"a long enough password","roles":[{"role":"RESIDENT"}]}""")
                .header("Authorization", cityAdmin).send();
        HttpApi.Reply again = api.post(ACCOUNTS, """
                {"username":"only-once","password":"another long password","roles":[{"role":"RESIDENT"}]}""")
                .header("Authorization", cityAdmin).send();

        assertThat(noTown.status()).isEqualTo(400);
        assertThat(noTown.json().get("errors").get(0).get("field").asString()).isEqualTo("roles[0].townCode");
        assertThat(twoTowns.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void onlyCityAdminMayUseItAndBadTokensAreRefusedAsProblems() throws Exception {
        HttpApi.Reply anonymous = api.get(ACCOUNTS).send();
        HttpApi.Reply townStaff = api.get(ACCOUNTS).header("Authorization", "Bearer " + token(keys.activeKey(), List.of("TOWN_STAFF"), 300)).send();
        HttpApi.Reply forged = api.get(ACCOUNTS).header("Authorization",
                "Bearer " + token(new RSAKeyGenerator(2048).keyID(keys.activeKey().getKeyID()).generate(), List.of("CITY_ADMIN"), 300)).send();
        HttpApi.Reply expired = api.get(ACCOUNTS).header("Authorization", "Bearer " + token(keys.activeKey(), List.of("CITY_ADMIN"), -3600)).send();
        HttpApi.Reply forAnotherService = api.get(ACCOUNTS)
                .header("Authorization", "Bearer " + token(keys.activeKey(), List.of("CITY_ADMIN"), 300, "org-service")).send();
        HttpApi.Reply idTokenLike = api.get(ACCOUNTS)
                .header("Authorization", "Bearer " + token(keys.activeKey(), List.of("CITY_ADMIN"), 300, "jinguo-web")).send();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(townStaff.status()).isEqualTo(403);
        assertThat(townStaff.json().get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(forAnotherService.status()).as("a token whose audience does not name identity-service").isEqualTo(401);
        assertThat(forAnotherService.header("Content-Type")).startsWith("application/problem+json");
        assertThat(idTokenLike.status()).as("an ID token's audience is the client that asked for it").isEqualTo(401);
        assertThat(api.get("/api/v1/labels/identity").send().json().get("Role").findValuesAsString("code")).contains("TOWN_STAFF");
    }

    @Test
    void everyWriteOperationRefusesMalformedAndHostileBodies() {
        String id = api.post(ACCOUNTS, """
                {"username":"bad-input-target","password":"a long enough password","roles":[{"role":"RESIDENT"}]}""")
                .header("Authorization", cityAdmin).send().json().get("id").asString();

        List<String> failures = BadInputCheck.against("http://127.0.0.1:" + port, jdbc)
                .header("Authorization", cityAdmin)
                .header("If-Match", "\"1\"")
                .pathVariable("id", id)
                .control("POST", ACCOUNTS, """
                        {"username":"bad-input-control","password":"a long enough password","roles":[{"role":"RESIDENT"}]}""")
                .control("PUT", ACCOUNTS + "/" + id + "/roles", """
                        {"roles":[{"role":"HELPER"}]}""")
                .run();

        assertThat(failures).isEmpty();
    }

    private static String token(RSAKey key, List<String> roles, long secondsToLive) throws Exception {
        return token(key, roles, secondsToLive, "identity-service");
    }

    private static String token(RSAKey key, List<String> roles, long secondsToLive, String audience) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("http://identity.test").audience(audience).subject("tester").claim("roles", roles)
                        .issueTime(Date.from(now.minusSeconds(Math.abs(secondsToLive) + 60)))
                        .expirationTime(Date.from(now.plusSeconds(secondsToLive))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
