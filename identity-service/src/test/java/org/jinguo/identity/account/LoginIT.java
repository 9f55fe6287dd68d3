package org.jinguo.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jwt.SignedJWT;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/** A person logs in through the real authorization endpoint, as the web front end sends her. */
@ServiceIntegrationTest
class LoginIT {

    private static final String REDIRECT = "http://127.0.0.1:5173/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void townStaffLogsInWithPkceAndGetsATokenWithRoleAndTown() throws Exception {
        createAccount("gushan-staff", "correct horse 1", "TOWN_STAFF", "GUSHAN");
        Browser browser = new Browser();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

        String code = browser.logIn("gushan-staff", "correct horse 1", challenge(verifier));
        HttpResponse<String> tokens = browser.post("/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", "jinguo-web", "code_verifier", verifier));

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        SignedJWT token = SignedJWT.parse(JsonMapper.builder().build().readTree(tokens.body()).get("access_token").asString());
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("gushan-staff");
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("TOWN_STAFF");
        assertThat(token.getJWTClaimsSet().getStringClaim("town")).isEqualTo("GUSHAN");
    }

    @Test
    void aCodeWithoutItsVerifierGetsNoToken() throws Exception {
        createAccount("no-verifier", "correct horse 2", "CARE_STAFF", null);
        Browser browser = new Browser();
        String code = browser.logIn("no-verifier", "correct horse 2", challenge("the-real-verifier-0123456789-0123456789-01"));

        HttpResponse<String> tokens = browser.post("/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", "jinguo-web", "code_verifier", "another-verifier-0123456789-0123456789-0123"));

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).contains("invalid_grant");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        createAccount("forgetful", "correct horse 3", "RESIDENT", null);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new Browser().submitLogin("forgetful", "wrong " + attempt)).endsWith("/login?error");
        }

        assertThat(new Browser().submitLogin("forgetful", "correct horse 3")).endsWith("/login?error");
        assertThat(jdbc.sql("select locked_until > now() from account where username = 'forgetful'").query(Boolean.class).single()).isTrue();
    }

    private void createAccount(String username, String password, String role, String townCode) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account (id, username, password_hash) values (?, ?, ?)").params(id, username, passwords.encode(password)).update();
        jdbc.sql("insert into account_role (account_id, role, town_code) values (?, ?, ?)").params(id, role, townCode).update();
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** A browser: keeps cookies, follows redirects by hand so each step can be checked. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        /** @return the authorization code the front end receives */
        String logIn(String username, String password, String codeChallenge) throws Exception {
            String authorize = "/oauth2/authorize?response_type=code&client_id=jinguo-web&scope=openid"
                    + "&redirect_uri=" + encode(REDIRECT) + "&state=s1&code_challenge=" + codeChallenge
                    + "&code_challenge_method=S256";
            HttpResponse<String> toLogin = get(authorize);
            assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            String afterLogin = submitLogin(username, password);
            HttpResponse<String> toFrontEnd = get(afterLogin.replaceFirst("^http://[^/]+", ""));
            String location = toFrontEnd.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(REDIRECT + "?code=").contains("state=s1");
            Matcher code = Pattern.compile("code=([^&]+)").matcher(location);
            assertThat(code.find()).isTrue();
            return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
        }

        /** @return where the login form sends the browser next */
        String submitLogin(String username, String password) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
            HttpResponse<String> submitted = post("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
            return submitted.headers().firstValue("Location").orElseThrow();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
