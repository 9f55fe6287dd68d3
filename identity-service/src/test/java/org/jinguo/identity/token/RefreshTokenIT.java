package org.jinguo.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.jinguo.testsupport.BrowserLogin;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The front ends, public clients, stay logged in with refresh tokens that rotate; confidential
 * clients are authenticated as they always were.
 */
@ServiceIntegrationTest
class RefreshTokenIT {

    private static final String WEB = "jinguo-web";
    private static final String MOBILE = "jinguo-mobile";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    HttpApi api;

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port);
    }

    @Test
    void theWebFrontEndRefreshesWithPkceLoginAndEachRefreshTokenServesOnce() throws Exception {
        createAccount("web-refresher", "correct horse 7");
        JsonNode login = logIn(WEB, "http://127.0.0.1:5173/callback", "web-refresher", "correct horse 7");
        String first = login.get("refresh_token").asString();

        HttpApi.Reply refreshed = refresh(WEB, first);

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String second = refreshed.json().get("refresh_token").asString();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(refreshed.json().get("access_token").asString()).isNotEqualTo(login.get("access_token").asString());
        assertThat(SignedJWT.parse(refreshed.json().get("access_token").asString()).getJWTClaimsSet()
                .getStringListClaim("roles")).containsExactly("TOWN_STAFF");
        assertThat(SignedJWT.parse(refreshed.json().get("id_token").asString()).getJWTClaimsSet().getClaims())
                .doesNotContainKeys("roles", "town");

        HttpApi.Reply replayed = refresh(WEB, first);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(refresh(WEB, second).status()).isEqualTo(200);
    }

    @Test
    void theMobileAppRefreshesWithItsOwnRefreshTokensOnly() {
        createAccount("mobile-refresher", "correct horse 8");
        String refreshToken = logIn(MOBILE, "org.jinguo.mobile:/callback", "mobile-refresher", "correct horse 8")
                .get("refresh_token").asString();

        HttpApi.Reply asTheWebFrontEnd = refresh(WEB, refreshToken);
        HttpApi.Reply asItself = refresh(MOBILE, refreshToken);

        assertThat(asTheWebFrontEnd.status()).isEqualTo(400);
        assertThat(asTheWebFrontEnd.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(asItself.status()).as(asItself.toString()).isEqualTo(200);
        assertThat(asItself.json().get("refresh_token").asString()).isNotEqualTo(refreshToken);
    }

    @Test
    void aDisabledAccountGetsNoMoreTokens() {
        createAccount("soon-disabled", "correct horse 9");
        String refreshToken = logIn(WEB, "http://127.0.0.1:5173/callback", "soon-disabled", "correct horse 9")
                .get("refresh_token").asString();
        jdbc.sql("update account set enabled = false where username = 'soon-disabled'").update();

        HttpApi.Reply refused = refresh(WEB, refreshToken);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void confidentialAndUnknownClientsAreNotAuthenticatedByTheirIdAlone() {
        HttpApi.Reply credentials = token("grant_type=client_credentials", basic("operations-secret-for-tests"));
        HttpApi.Reply idOnly = refresh("jinguo-operations", "any-refresh-token");
        HttpApi.Reply wrongSecret = token("grant_type=refresh_token&refresh_token=any-refresh-token", basic("not-the-secret"));
        HttpApi.Reply rightSecret = token("grant_type=refresh_token&refresh_token=any-refresh-token", basic("operations-secret-for-tests"));
        HttpApi.Reply unknown = refresh("no-such-client", "any-refresh-token");

        assertThat(credentials.status()).isEqualTo(200);
        assertThat(credentials.json().has("refresh_token")).isFalse();
        assertThat(idOnly.status()).isEqualTo(401);
        assertThat(idOnly.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(rightSecret.status()).isEqualTo(400);
        assertThat(rightSecret.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("error").asString()).isEqualTo("invalid_client");
    }

    private JsonNode logIn(String clientId, String redirectUri, String username, String password) {
        BrowserLogin browser = new BrowserLogin("http://127.0.0.1:" + port, clientId, redirectUri);
        String verifier = BrowserLogin.newVerifier();
        HttpResponse<String> tokens = browser.exchange(browser.logIn(username, password, BrowserLogin.challengeOf(verifier)),
                verifier, Map.of());
        HttpApi.Reply reply = new HttpApi.Reply(tokens.statusCode(), tokens.headers().map(), tokens.body());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().has("refresh_token")).as(reply.toString()).isTrue();
        return reply.json();
    }

    private HttpApi.Reply refresh(String clientId, String refreshToken) {
        return token("grant_type=refresh_token&refresh_token=" + refreshToken + "&client_id=" + clientId, null);
    }

    private HttpApi.Reply token(String form, String authorization) {
        HttpApi.Call call = api.post("/oauth2/token", form).header("Content-Type", "application/x-www-form-urlencoded");
        return (authorization == null ? call : call.header("Authorization", authorization)).send();
    }

    private static String basic(String secret) {
        return "Basic " + Base64.getEncoder().encodeToString(("jinguo-operations:" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private void createAccount(String username, String password) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account (id, username, display_name, password_hash) values (?, ?, ?, ?)")
                .params(id, username, username, passwords.encode(password)).update();
        jdbc.sql("insert into account_role (account_id, role, town_code) values (?, 'TOWN_STAFF', 'GUSHAN')").params(id).update();
    }
}
