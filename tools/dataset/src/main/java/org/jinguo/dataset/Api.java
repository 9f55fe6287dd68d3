package org.jinguo.dataset;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's public API as the operations client calls it: a client-credentials token from
 * the issuer, renewed before it expires; a 429 waits as long as Retry-After says; a 502, 503 or
 * 504 (a service starting, a breaker open, an answer too slow) and a broken connection are tried
 * again with back-off. Every POST carries an Idempotency-Key derived from what it sends, so a
 * POST tried again after its first answer was lost is answered as the first time, not done
 * twice. Everything else is the caller's to judge.
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
            if (json == null || !json.hasNonNull("id")) {
                throw new LoadException("answered " + status + " without an id: " + body);
            }
            return json.get("id").asString();
        }

        /** Whether the problem's {@code errors} name {@code code}. */
        public boolean hasError(String code) {
            return json != null && json.path("errors").findValuesAsString("code").contains(code);
        }

        /** A 201, or a 409 naming one of {@code takenCodes}: the record was loaded before. */
        public Reply createdOrTaken(String... takenCodes) {
            if (created() || (status == 409 && List.of(takenCodes).contains(code()))) {
                return this;
            }
            throw new LoadException("answered " + status + ": " + body);
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
            if (method.equals("POST")) {
                request.header("Idempotency-Key", idempotencyKey(path, ifMatch, json));
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (attempt < ATTEMPTS && status == 429) {
                    pause(retryAfter(response));
                    continue;
                }
                if (attempt < ATTEMPTS && status == 401) {
                    forgetToken();
                    backOff = backOff(backOff);
                    continue;
                }
                if (attempt < ATTEMPTS && (status == 502 || status == 503 || status == 504)) {
                    backOff = backOff(backOff);
                    continue;
                }
                return new Reply(status, parse(response.body()), response.headers().firstValue("ETag").orElse(null), response.body());
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new LoadException(method + " " + path + " failed: " + e.getMessage(), e);
                }
                backOff = backOff(backOff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadException("interrupted", e);
            }
        }
    }

    private static String idempotencyKey(String path, String ifMatch, byte[] json) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((path + "\n" + ifMatch + "\n").getBytes(StandardCharsets.UTF_8));
            if (json != null) {
                sha256.update(json);
            }
            return "data-set-" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        String seconds = response.headers().firstValue("Retry-After").orElse("1");
        try {
            return Duration.ofSeconds(Math.max(1, Math.min(Long.parseLong(seconds.trim()), 30)));
        } catch (NumberFormatException date) {
            return Duration.ofSeconds(1);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private synchronized void forgetToken() {
        renewAt = Instant.EPOCH;
    }

    private synchronized String token() {
        if (Instant.now().isBefore(renewAt)) {
            return token;
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        Duration backOff = Duration.ofMillis(500);
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode answer = JSON.readTree(response.body());
                    token = answer.get("access_token").asString();
                    renewAt = Instant.now().plusSeconds(Math.max(10, answer.path("expires_in").asLong(300) - 60));
                    return token;
                }
                if (response.statusCode() < 500 || attempt >= ATTEMPTS) {
                    throw new LoadException("the issuer refused the operations client (" + response.statusCode() + "): " + response.body());
                }
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new LoadException("the issuer at " + tokenEndpoint + " could not be reached: " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadException("interrupted", e);
            }
            backOff = backOff(backOff);
        }
    }

    /** Waits {@code backOff}; the next wait is twice as long, at most 5 s. */
    private static Duration backOff(Duration backOff) {
        pause(backOff);
        return backOff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : backOff.multipliedBy(2);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted", e);
        }
    }

    /** A JSON object of the given keys and values, leaving out those whose value is null; dates and ids as text. */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                body.put((String) keysAndValues[i], value instanceof LocalDate || value instanceof UUID ? value.toString() : value);
            }
        }
        return body;
    }
}
