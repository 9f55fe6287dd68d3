package org.jinguo.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jinguo.testsupport.BrowserLogin;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A front end asks /userinfo who logged in; the answer follows her account, not the token she holds. */
@ServiceIntegrationTest
class UserInfoIT {

    private static final String ACCOUNTS = "/api/v1/identity/accounts";

    @LocalServerPort
    int port;
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
    void answersTheAccountsNameRolesAndTownAsTheyAreNow() {
        HttpApi.Reply created = api.post(ACCOUNTS, """
                {"username":"gushan-reader","displayName":"孤山 陈静","password":"correct horse 6",
                 "roles":[{"role":"TOWN_STAFF","townCode":"GUSHAN"}]}""").header("Authorization", cityAdmin).send();
        String token = "Bearer " + new BrowserLogin("http://127.0.0.1:" + port, "jinguo-web", "http://127.0.0.1:5173/callback")
                .accessToken("gushan-reader", "correct horse 6");

        HttpApi.Reply info = api.get("/userinfo").header("Authorization", token).send();

        assertThat(info.status()).as(info.toString()).isEqualTo(200);
        assertThat(info.json().get("sub").asString()).isEqualTo("gushan-reader");
        assertThat(info.json().get("name").asString()).isEqualTo("孤山 陈静");
        assertThat(info.json().get("roles").get(0).asString()).isEqualTo("TOWN_STAFF");
        assertThat(info.json().get("town").asString()).isEqualTo("GUSHAN");

        String account = created.header("Location");
        HttpApi.Reply renamed = api.put(account + "/display-name", """
                {"displayName":"陈静"}""").header("Authorization", cityAdmin).header("If-Match", created.header("ETag")).send();
        HttpApi.Reply rerolled = api.put(account + "/roles", """
                {"roles":[{"role":"RESIDENT"}]}""").header("Authorization", cityAdmin).header("If-Match", renamed.header("ETag")).send();
        HttpApi.Reply changed = api.get("/userinfo").header("Authorization", token).send();

        assertThat(changed.json().get("name").asString()).isEqualTo("陈静");
        assertThat(changed.json().get("roles").size()).isEqualTo(1);
        assertThat(changed.json().get("roles").get(0).asString()).isEqualTo("RESIDENT");
        assertThat(changed.json().has("town")).isFalse();

        api.post(account + "/disabling", null).header("Authorization", cityAdmin).header("If-Match", rerolled.header("ETag")).send();
        assertThat(api.get("/userinfo").header("Authorization", token).send().status()).isEqualTo(401);
    }

    @Test
    void answersNoOneWithoutAPersonsToken() {
        assertThat(api.get("/userinfo").header("Accept", "application/json").send().status()).isEqualTo(401);
        assertThat(api.get("/userinfo").header("Authorization", cityAdmin).send().status()).isEqualTo(403);
    }
}
