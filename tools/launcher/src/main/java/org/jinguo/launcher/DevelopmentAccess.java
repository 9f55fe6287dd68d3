package org.jinguo.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The development users (one per role) and a partner client of the local platform, created
 * through identity-service's admin API with the operations client, as an administrator would.
 * Passwords are generated on the first start and kept with the other secrets; the partner's
 * secret is the one identity-service issues. Starting again creates nothing twice.
 */
@RequiredArgsConstructor
final class DevelopmentAccess {

    /** One user per role of docs/architecture.md §5; town staff of two towns, to try town scoping. */
    static final List<DevelopmentUser> USERS = List.of(
            new DevelopmentUser("dev-admin", "CITY_ADMIN", null),
            new DevelopmentUser("dev-gushan", "TOWN_STAFF", "GUSHAN"),
            new DevelopmentUser("dev-qiancang", "TOWN_STAFF", "QIANCANG"),
            new DevelopmentUser("dev-academy", "ACADEMY_STAFF", null),
            new DevelopmentUser("dev-commerce", "COMMERCE_STAFF", null),
            new DevelopmentUser("dev-care", "CARE_STAFF", null),
            new DevelopmentUser("dev-judge", "JUDGE", null),
            new DevelopmentUser("dev-mother", "CARING_MOTHER", null),
            new DevelopmentUser("dev-helper", "HELPER", null),
            new DevelopmentUser("dev-resident", "RESIDENT", null));

    static final String PARTNER_CLIENT = "dev-partner";
    static final List<String> PARTNER_SCOPES = List.of("org.read", "training.read", "commerce.read", "commerce.write", "care.read");

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String identityUrl;
    private final Secrets secrets;

    record DevelopmentUser(String username, String role, String townCode) {

        String secretName() {
            return "dev-user." + username + ".password";
        }
    }

    /** What this start created, with the credentials to show once; empty when all existed. */
    record Created(Map<String, String> userPasswords, String partnerSecret) {

        boolean isEmpty() {
            return userPasswords.isEmpty() && partnerSecret == null;
        }
    }

    static String partnerSecretName() {
        return "dev-partner.secret";
    }

    /** Creates whichever of the users and the partner client identity-service does not have yet. */
    Created ensure() {
        String token = operationsToken();
        Map<String, String> created = new LinkedHashMap<>();
        for (DevelopmentUser user : USERS) {
            String kept = secrets.value(user.secretName());
            String password = kept != null ? kept : Secrets.random256Bits();
            if (createUser(token, user, password)) {
                created.put(user.username(), password);
                if (kept == null) {
                    secrets.remember(user.secretName(), password);
                }
            }
        }
        return new Created(created, ensurePartner(token));
    }

    private boolean createUser(String token, DevelopmentUser user, String password) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("role", user.role());
        role.put("townCode", user.townCode());
        HttpResponse<String> response = post(token, "/api/v1/identity/accounts",
                Map.of("username", user.username(), "password", password, "roles", List.of(role)));
        if (response.statusCode() == 409) {
            return false;
        }
        requireStatus(response, 201, "create the development user " + user.username());
        return true;
    }

    /** @return the partner's secret if it was issued now, else {@code null} */
    private String ensurePartner(String token) {
        if (secrets.value(partnerSecretName()) != null) {
            return null;
        }
        HttpResponse<String> response = post(token, "/api/v1/identity/clients", Map.of(
                "clientId", PARTNER_CLIENT, "name", "Development partner agency", "scopes", PARTNER_SCOPES));
        if (response.statusCode() == 409) {
            // Registered in an earlier run whose secrets file is gone: the secret cannot be read back.
            response = post(token, "/api/v1/identity/clients/" + PARTNER_CLIENT + "/secret", null);
            requireStatus(response, 200, "renew the development partner's secret");
        } else {
            requireStatus(response, 201, "register the development partner client");
        }
        String secret = JSON.readTree(response.body()).path("secret").asString();
        secrets.remember(partnerSecretName(), secret);
        return secret;
    }

    private String operationsToken() {
        String credentials = "jinguo-operations:" + secrets.value(Secrets.OPERATIONS_CLIENT_SECRET);
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = send(request);
        requireStatus(response, 200, "get a token for the operations client");
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private HttpResponse<String> post(String token, String path, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException("Cannot reach identity-service at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while setting up the development users", e);
        }
    }

    private static void requireStatus(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new LaunchException("Could not " + what + ": identity-service answered " + response.statusCode()
                    + " " + response.body());
        }
    }

    /** The lines that show what was created now, the only time its credentials are printed. */
    static List<String> announcement(Created created, Secrets secrets) {
        List<String> lines = new ArrayList<>();
        if (!created.userPasswords().isEmpty()) {
            lines.add("Development users created now (log in at the Swagger UI's Authorize, or a front end):");
            for (DevelopmentUser user : USERS) {
                String password = created.userPasswords().get(user.username());
                if (password != null) {
                    lines.add(String.format("    %-14s %-15s %-9s password %s", user.username(), user.role(),
                            user.townCode() == null ? "" : user.townCode(), password));
                }
            }
        }
        if (created.partnerSecret() != null) {
            lines.add("Development partner client created now: " + PARTNER_CLIENT + " (" + String.join(" ", PARTNER_SCOPES)
                    + "), secret " + created.partnerSecret());
        }
        if (!lines.isEmpty()) {
            lines.add("These are shown only now; they are kept, readable by you only, in " + secrets.file());
        }
        return lines;
    }
}
