package org.jinguo.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

/**
 * A browser logging a person in at the real identity-service, as a front end sends her: the
 * authorization endpoint with a PKCE challenge, the login page with its CSRF token, the redirect
 * back with a code. Keeps cookies and follows redirects by hand, so each step can be checked.
 */
@RequiredArgsConstructor
public final class BrowserLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String identityUrl;
    private final String clientId;
    private final String redirectUri;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A new code verifier, as a front end makes one per login. */
    public static String newVerifier() {
        return UUID.randomUUID() + "-" + UUID.randomUUID();
    }

    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and exchanges the code for tokens; fails unless every step answers as it should. */
    public String accessToken(String username, String password) {
        String verifier = newVerifier();
        HttpResponse<String> tokens = exchange(logIn(username, password, challengeOf(verifier)), verifier, Map.of());
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
        }
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokens.body());
        if (!token.find()) {
            throw new IllegalStateException("No access token in " + tokens.body());
        }
        return token.group(1);
    }

    /** @return the authorization code the front end receives at its redirect URI */
    public String logIn(String username, String password, String codeChallenge) {
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + encode(clientId) + "&scope=openid"
                + "&redirect_uri=" + encode(redirectUri) + "&state=s1&code_challenge=" + codeChallenge
                + "&code_challenge_method=S256";
        String toLogin = location(get(authorize));
        if (!toLogin.endsWith("/login")) {
            throw new IllegalStateException("The authorization endpoint sent the browser to " + toLogin + ", not to the login page");
        }
        String afterLogin = submitLogin(username, password);
        String toFrontEnd = location(get(afterLogin.replaceFirst("^http://[^/]+", "")));
        Matcher code = CODE.matcher(toFrontEnd);
        if (!toFrontEnd.startsWith(redirectUri + "?") || !toFrontEnd.contains("state=s1") || !code.find()) {
            throw new IllegalStateException("After the login the browser was sent to " + toFrontEnd);
        }
        return URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    /** Posts the login form; @return where it sends the browser next (ends in {@code /login?error} on failure) */
    public String submitLogin(String username, String password) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        return location(post("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)), Map.of()));
    }

    /** Exchanges a code at the token endpoint, with extra request headers (e.g. an Origin). */
    public HttpResponse<String> exchange(String code, String verifier, Map<String, String> headers) {
        return post("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "client_id", clientId, "code_verifier", verifier), headers);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(identityUrl + path)).GET().build());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(identityUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                response.request().uri() + " answered " + response.statusCode() + " without a redirect"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
