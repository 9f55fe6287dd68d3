package org.jinguo.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer for tests: a test key, its public half published at {@code <url>/oauth2/jwks}
 * exactly as identity-service publishes its keys, and tokens signed with it. Services under test
 * are pointed at it ({@code jinguo.security.issuer}), so they check tokens as in production.
 */
public final class TestIssuer {

    /** What identity-service's access tokens for people and the operations client name as their audience. */
    public static final List<String> EVERY_SERVICE = List.of("gateway", "identity-service", "org-service", "training-service",
            "commerce-service", "care-service");

    private static volatile TestIssuer instance;

    private final RSAKey key;
    private final String url;

    private TestIssuer(RSAKey key, String url) {
        this.key = key;
        this.url = url;
    }

    public static TestIssuer get() {
        if (instance == null) {
            synchronized (TestIssuer.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public String url() {
        return url;
    }

    /** A token as identity-service would issue it, valid for 15 minutes, for the gateway and every service. */
    public String token(String subject, List<String> roles, String town, List<String> scopes) {
        return sign(subject, roles, town, scopes, EVERY_SERVICE, Instant.now());
    }

    /** A token with a role that expired an hour ago. */
    public String expiredToken(String role) {
        return sign("expired-tester", List.of(role), null, List.of(), EVERY_SERVICE, Instant.now().minus(Duration.ofMinutes(75)));
    }

    /** A person's token as a front end gets it when she signs in: issued to {@code clientId}, naming her as subject. */
    public String frontEndToken(String clientId, String username, List<String> roles) {
        return sign(username, roles, null, List.of(), EVERY_SERVICE, Instant.now(), clientId);
    }

    /** A CITY_ADMIN token meant for {@code audience} only, e.g. another service, or a client's id as in an ID token. */
    public String tokenFor(List<String> audience) {
        return sign("other-audience-tester", List.of("CITY_ADMIN"), null, List.of(), audience, Instant.now());
    }

    private String sign(String subject, List<String> roles, String town, List<String> scopes, List<String> audience, Instant now) {
        return sign(subject, roles, town, scopes, audience, now, subject);
    }

    private String sign(String subject, List<String> roles, String town, List<String> scopes, List<String> audience, Instant now,
                        String clientId) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .claim("client_id", clientId)
                .issuer(url)
                .audience(audience)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("roles", roles)
                .claim("scope", scopes);
        if (town != null) {
            claims.claim("town", town);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
            // Services fetch the keys at once when a burst of requests reaches a freshly started instance.
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "test-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return new TestIssuer(key, "http://127.0.0.1:" + server.getAddress().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
