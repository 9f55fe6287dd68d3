package org.jinguo.identity.client;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Service;

/**
 * Secrets of the clients that authenticate with one (partners, operations): 256 random bits,
 * shown once and stored hashed. A client is disabled by expiring its secret and enabled again by
 * a new one.
 */
@Service
@RequiredArgsConstructor
class ClientSecretService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder passwords;

    /** A client with its new secret, to be shown once. */
    record Issued(RegisteredClient client, String secret) {
    }

    /** A new secret; the old one stops working once the client is saved. Enables a disabled client. */
    Issued renewed(RegisteredClient client) {
        String secret = newSecret();
        return new Issued(withSecret(client, secret), secret);
    }

    /** The client authenticating with {@code secret} from now on, enabled. */
    RegisteredClient withSecret(RegisteredClient client, String secret) {
        return RegisteredClient.from(client).clientSecret(passwords.encode(secret)).clientSecretExpiresAt(null).build();
    }

    RegisteredClient disabled(RegisteredClient client, Instant now) {
        return RegisteredClient.from(client).clientSecretExpiresAt(now).build();
    }

    static boolean enabled(RegisteredClient client, Instant now) {
        Instant expires = client.getClientSecretExpiresAt();
        return expires == null || expires.isAfter(now);
    }

    String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
