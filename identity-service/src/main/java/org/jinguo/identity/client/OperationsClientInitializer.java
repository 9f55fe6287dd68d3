package org.jinguo.identity.client;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations client ({@value #CLIENT_ID}): client credentials whose tokens carry CITY_ADMIN,
 * for loading data and for scripts. Registered on the first start, with the secret from
 * {@code jinguo.identity.operations-client-secret} (the launcher generates one) or, without it,
 * a generated secret printed once. The secret is stored hashed only.
 */
@Component
class OperationsClientInitializer implements ApplicationRunner {

    static final String CLIENT_ID = "jinguo-operations";
    private static final Logger log = LoggerFactory.getLogger(OperationsClientInitializer.class);

    private final RegisteredClientRepository clients;
    private final ClientRoleRepository roles;
    private final PasswordEncoder passwords;
    private final String configuredSecret;
    private final Duration tokenLifetime;

    OperationsClientInitializer(RegisteredClientRepository clients, ClientRoleRepository roles, PasswordEncoder passwords,
                     @Value("${jinguo.identity.operations-client-secret:}") String configuredSecret,
                     @Value("${jinguo.identity.access-token-lifetime:15m}") Duration tokenLifetime) {
        this.clients = clients;
        this.roles = roles;
        this.passwords = passwords;
        this.configuredSecret = configuredSecret;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (clients.findByClientId(CLIENT_ID) != null) {
            return;
        }
        String secret = configuredSecret.isBlank() ? generatedSecret() : configuredSecret;
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientName("Jinguo operations")
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build());
        roles.grant(CLIENT_ID, "CITY_ADMIN", null);
        if (configuredSecret.isBlank()) {
            // Shown once on purpose: it is stored only as a hash and cannot be read back.
            System.out.println("Registered the operations client " + CLIENT_ID + "; its secret, shown only now: " + secret);
        } else {
            log.info("Registered the operations client {} with the configured secret", CLIENT_ID);
        }
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
