package org.jinguo.dataset;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's public API as the operations client calls it: a client-credentials token from
 * the issuer, renewed before it expires; a 429 waits as long as Retry-After says; a 502, 503 or
 * 504 (a service starting, a breaker open) and a broken connection are tried again with
 * back-off. Everything else is the caller's to judge.
 */
public final class Api {

    private static final int ATTEMPTS = 12;
    private static final JsonMapper JSON = JsonMapper.shared();

    private final URI gateway;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.EPOCH;

    public Api(URI gateway, URI issuer, String clientId, String clientSecret) {
        this.gateway = gateway;
        this.tokenEndpoint = URI.create(issuer.toString().replaceAll("/$", "") + "/oauth2/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** An answer: its status, its body as JSON (null when empty), its ETag. */
    public record Reply(int status, JsonNode json, String etag, String body) {

        public boolean created() {
            return status == 201;
        }

        public String code() {
            return json == null ? null : json.path("code").asString(null);
        }

        public String id() {
            return json.get("id").asString();
        }

        public Reply expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new LoadException("answered " + status + ": " + body);
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, null);
    }

    public Reply post(String path, Object body, String ifMatch) {
        return send("POST", path, body, ifMatch);
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(String method, String path, Object body, String ifMatch) {
        byte[] json = body == null ? null : JSON.writeValueAsBytes(body);
        Duration backOff = Duration.ofMillis(200);
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (attempt < ATTEMPTS && status == 429) {
                    long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))));
                    continue;
                }
                if (attempt < ATTEMPTS && status == 401) {
                    renewAt = Instant.EPOCH;
                    continue;
                }
                if (attempt < ATTEMPTS && (status == 502 || status == 503 || status == 504)) {
                    backOff = pause(backOff);
                    continue;
                }
                String text = response.body();
                JsonNode parsed = text == null || text.isBlank() ? null : JSON.readTree(text);
                return new Reply(status, parsed, response.headers().firstValue("ETag").orElse(null), text);
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new LoadException(method + " " + path + " failed: " + e.getMessage(), e);
                }
                backOff = pause(backOff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadException("interrupted", e);
            }
        }
    }

    private synchronized String token() {
        if (Instant.now().isBefore(renewAt)) {
            return token;
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LoadException("the issuer refused the operations client (" + response.statusCode() + "): " + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            token = answer.get("access_token").asString();
            renewAt = Instant.now().plusSeconds(Math.max(10, answer.path("expires_in").asLong(300) - 60));
            return token;
        } catch (IOException e) {
            throw new LoadException("the issuer at " + tokenEndpoint + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted", e);
        }
    }

    private static Duration pause(Duration backOff) {
        sleep(backOff);
        return backOff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : backOff.multipliedBy(2);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted", e);
        }
    }

    static Map<String, Object> body(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                body.put((String) keysAndValues[i], value instanceof java.time.LocalDate || value instanceof java.util.UUID ? value.toString() : value);
            }
        }
        return body;
    }
}
