package org.jinguo.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jinguo.testsupport.BrowserLogin;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person logs in through the real authorization endpoint, as the web front end or the gateway's Swagger UI sends her. */
@ServiceIntegrationTest
class LoginIT {

    private static final String WEB_FRONT_END = "http://127.0.0.1:5173/callback";
    private static final String GATEWAY = "http://127.0.0.1:8080";
    private static final String SWAGGER_UI = GATEWAY + "/swagger-ui/oauth2-redirect.html";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void townStaffLogsInWithPkceAndGetsATokenWithRoleAndTown() throws Exception {
        createAccount("gushan-staff", "correct horse 1", "TOWN_STAFF", "GUSHAN");

        String token = browser(WEB_FRONT_END).accessToken("gushan-staff", "correct horse 1");

        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("gushan-staff");
        assertThat(claims.getStringListClaim("roles")).containsExactly("TOWN_STAFF");
        assertThat(claims.getStringClaim("town")).isEqualTo("GUSHAN");
    }

    @Test
    void theIdTokenSaysWhoLoggedInButNotHerRolesOrTown() throws Exception {
        createAccount("xixi-staff", "correct horse 5", "TOWN_STAFF", "XIXI");
        BrowserLogin browser = browser(WEB_FRONT_END);
        String verifier = BrowserLogin.newVerifier();
        HttpResponse<String> tokens = browser.exchange(
                browser.logIn("xixi-staff", "correct horse 5", BrowserLogin.challengeOf(verifier)), verifier, Map.of());

        JWTClaimsSet idToken = SignedJWT.parse(new HttpApi.Reply(tokens.statusCode(), tokens.headers().map(), tokens.body())
                .json().get("id_token").asString()).getJWTClaimsSet();
        assertThat(idToken.getSubject()).isEqualTo("xixi-staff");
        assertThat(idToken.getAudience()).containsExactly("jinguo-web");
        assertThat(idToken.getClaims()).doesNotContainKeys("roles", "town");
    }

    @Test
    void aCodeWithoutItsVerifierGetsNoToken() {
        createAccount("no-verifier", "correct horse 2", "CARE_STAFF", null);
        BrowserLogin browser = browser(WEB_FRONT_END);
        String code = browser.logIn("no-verifier", "correct horse 2", BrowserLogin.challengeOf(BrowserLogin.newVerifier()));

        HttpResponse<String> tokens = browser.exchange(code, BrowserLogin.newVerifier(), Map.of());

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).contains("invalid_grant");
    }

    @Test
    void theGatewaysSwaggerUiObtainsATokenFromItsOwnOrigin() {
        createAccount("swagger-user", "correct horse 4", "CITY_ADMIN", null);
        BrowserLogin browser = browser(SWAGGER_UI);
        String verifier = BrowserLogin.newVerifier();
        String code = browser.logIn("swagger-user", "correct horse 4", BrowserLogin.challengeOf(verifier));

        HttpResponse<String> tokens = browser.exchange(code, verifier, Map.of("Origin", GATEWAY));

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("Access-Control-Allow-Origin")).contains(GATEWAY);
    }

    @Test
    void theTokenEndpointAnswersAPreflightFromAFrontEndOriginOnly() throws Exception {
        assertThat(preflight(GATEWAY).statusCode()).isEqualTo(200);
        assertThat(preflight(GATEWAY).headers().firstValue("Access-Control-Allow-Origin")).contains(GATEWAY);
        assertThat(preflight("http://evil.example").statusCode()).isEqualTo(403);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        createAccount("forgetful", "correct horse 3", "RESIDENT", null);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(browser(WEB_FRONT_END).submitLogin("forgetful", "wrong " + attempt)).endsWith("/login?error");
        }

        assertThat(browser(WEB_FRONT_END).submitLogin("forgetful", "correct horse 3")).endsWith("/login?error");
        assertThat(jdbc.sql("select locked_until > now() from account where username = 'forgetful'").query(Boolean.class).single()).isTrue();
    }

    private void createAccount(String username, String password, String role, String townCode) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account (id, username, display_name, password_hash) values (?, ?, ?, ?)")
                .params(id, username, username, passwords.encode(password)).update();
        jdbc.sql("insert into account_role (account_id, role, town_code) values (?, ?, ?)").params(id, role, townCode).update();
    }

    private BrowserLogin browser(String redirectUri) {
        return new BrowserLogin("http://127.0.0.1:" + port, "jinguo-web", redirectUri);
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
