package org.jinguo.identity.client;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jinguo.audit.AuditTrail;
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
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations client ({@value #CLIENT_ID}): client credentials whose tokens carry CITY_ADMIN,
 * for loading data and for scripts. Registered on the first start, with the secret from
 * {@code jinguo.identity.operations-client-secret} (the launcher generates one) or, without it,
 * a generated secret printed once. The secret is stored hashed only.
 * <p>A configured secret that changed since it was last applied replaces the client's secret on
 * the next start (and enables the client), audited; one that did not change leaves alone a
 * secret renewed through the admin API since ({@link OperationsClientService}).
 */
@Component
class OperationsClientInitializer implements ApplicationRunner {

    static final String CLIENT_ID = "jinguo-operations";
    /** The hash of the configured secret last applied, among the client's settings. */
    static final String CONFIGURED_SECRET = "org.jinguo.identity.configured-secret";
    private static final Logger log = LoggerFactory.getLogger(OperationsClientInitializer.class);

    private final RegisteredClientRepository clients;
    private final ClientRoleRepository roles;
    private final ClientSecretService secrets;
    private final PasswordEncoder passwords;
    private final OperationsClientService operations;
    private final AuditTrail audit;
    private final String configuredSecret;
    private final Duration tokenLifetime;

    OperationsClientInitializer(RegisteredClientRepository clients, ClientRoleRepository roles, ClientSecretService secrets, PasswordEncoder passwords,
                                OperationsClientService operations, AuditTrail audit,
                                @Value("${jinguo.identity.operations-client-secret:}") String configuredSecret,
                                @Value("${jinguo.identity.access-token-lifetime:15m}") Duration tokenLifetime) {
        this.clients = clients;
        this.roles = roles;
        this.secrets = secrets;
        this.passwords = passwords;
        this.operations = operations;
        this.audit = audit;
        this.configuredSecret = configuredSecret;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        RegisteredClient existing = clients.findByClientId(CLIENT_ID);
        if (existing == null) {
            register();
        } else if (!configuredSecret.isBlank() && !appliedAlready(existing)) {
            RegisteredClient client = configured(secrets.withSecret(existing, configuredSecret));
            clients.save(client);
            audit.recordBy("identity-service", List.of(), "client.secret-configured", "client", CLIENT_ID,
                    operations.view(existing, null), operations.view(client, null));
            log.info("The operations client's secret changed in the configuration: the configured secret replaces the stored one");
        }
    }

    private void register() {
        String secret = configuredSecret.isBlank() ? secrets.newSecret() : configuredSecret;
        RegisteredClient client = secrets.withSecret(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientName("Jinguo operations")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build(), secret);
        clients.save(configuredSecret.isBlank() ? client : configured(client));
        roles.grant(CLIENT_ID, "CITY_ADMIN", null);
        if (configuredSecret.isBlank()) {
            // Shown once on purpose: it is stored only as a hash and cannot be read back.
            System.out.println("Registered the operations client " + CLIENT_ID + "; its secret, shown only now: " + secret);
        } else {
            log.info("Registered the operations client {} with the configured secret", CLIENT_ID);
        }
    }

    private boolean appliedAlready(RegisteredClient client) {
        return client.getClientSettings().getSetting(CONFIGURED_SECRET) instanceof String applied
                && passwords.matches(configuredSecret, applied);
    }

    /** Remembers, hashed, that the configured secret was applied. */
    private RegisteredClient configured(RegisteredClient client) {
        return RegisteredClient.from(client).clientSettings(ClientSettings.withSettings(client.getClientSettings().getSettings())
                .setting(CONFIGURED_SECRET, passwords.encode(configuredSecret)).build()).build();
    }
}
