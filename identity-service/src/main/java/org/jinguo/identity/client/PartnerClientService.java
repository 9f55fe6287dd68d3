package org.jinguo.identity.client;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jinguo.audit.AuditTrail;
import org.jinguo.web.problem.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner agencies' clients: client credentials with scopes. A client is disabled by expiring
 * its secret, and enabled again by issuing a new one, shown once.
 */
@Service
@Transactional
class PartnerClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final Duration tokenLifetime;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    PartnerClientService(RegisteredClientRepository clients, PasswordEncoder passwords,
                         @Value("${jinguo.identity.access-token-lifetime:15m}") Duration tokenLifetime, AuditTrail audit) {
        this.clients = clients;
        this.passwords = passwords;
        this.tokenLifetime = tokenLifetime;
        this.audit = audit;
    }

    PartnerClientView register(String clientId, String name, List<String> scopes) {
        Set<String> granted = checkedScopes(scopes);
        if (clients.findByClientId(clientId) != null) {
            throw ApiException.conflict("CLIENT_ID_TAKEN", clientId);
        }
        String secret = newSecret();
        RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(name)
                .clientSecret(passwords.encode(secret))
                .clientIdIssuedAt(clock.instant())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(s -> s.addAll(granted))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build();
        clients.save(client);
        audit.record("client.registered", "client", clientId, null, view(client, null));
        return view(client, secret);
    }

    @Transactional(readOnly = true)
    PartnerClientView client(String clientId) {
        return view(partner(clientId), null);
    }

    PartnerClientView disable(String clientId) {
        RegisteredClient before = partner(clientId);
        RegisteredClient client = RegisteredClient.from(before).clientSecretExpiresAt(clock.instant()).build();
        clients.save(client);
        audit.record("client.disabled", "client", clientId, view(before, null), view(client, null));
        return view(client, null);
    }

    /** A new secret, shown once; the old one stops working at once. Enables a disabled client. */
    PartnerClientView renewSecret(String clientId) {
        String secret = newSecret();
        RegisteredClient before = partner(clientId);
        RegisteredClient client = RegisteredClient.from(before)
                .clientSecret(passwords.encode(secret))
                .clientSecretExpiresAt(null)
                .build();
        clients.save(client);
        audit.record("client.secret-renewed", "client", clientId, view(before, null), view(client, null));
        return view(client, secret);
    }

    private RegisteredClient partner(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null || !client.getAuthorizationGrantTypes().equals(Set.of(AuthorizationGrantType.CLIENT_CREDENTIALS))
                || OperationsClientInitializer.CLIENT_ID.equals(clientId)) {
            throw ApiException.notFound("CLIENT_NOT_FOUND", clientId);
        }
        return client;
    }

    private static Set<String> checkedScopes(List<String> scopes) {
        Set<String> granted = new TreeSet<>(scopes);
        for (int i = 0; i < scopes.size(); i++) {
            if (!PartnerScopes.ALL.contains(scopes.get(i))) {
                throw ApiException.invalid("scopes[" + i + "]", "UNKNOWN_SCOPE", String.join(", ", new TreeSet<>(PartnerScopes.ALL)));
            }
        }
        return granted;
    }

    private PartnerClientView view(RegisteredClient client, String secret) {
        Instant expires = client.getClientSecretExpiresAt();
        boolean enabled = expires == null || expires.isAfter(clock.instant());
        return new PartnerClientView(client.getClientId(), client.getClientName(), List.copyOf(new TreeSet<>(client.getScopes())),
                enabled, client.getClientIdIssuedAt(), secret);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
