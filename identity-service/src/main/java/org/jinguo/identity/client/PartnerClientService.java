package org.jinguo.identity.client;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jinguo.audit.AuditTrail;
import org.jinguo.web.problem.ApiException;
import org.springframework.beans.factory.annotation.Value;
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

    private final RegisteredClientRepository clients;
    private final ClientSecretService secrets;
    private final Duration tokenLifetime;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    PartnerClientService(RegisteredClientRepository clients, ClientSecretService secrets,
                         @Value("${jinguo.identity.access-token-lifetime:15m}") Duration tokenLifetime, AuditTrail audit) {
        this.clients = clients;
        this.secrets = secrets;
        this.tokenLifetime = tokenLifetime;
        this.audit = audit;
    }

    PartnerClientView register(String clientId, String name, List<String> scopes) {
        Set<String> granted = checkedScopes(scopes);
        if (clients.findByClientId(clientId) != null) {
            throw ApiException.conflict("CLIENT_ID_TAKEN", clientId);
        }
        String secret = secrets.newSecret();
        RegisteredClient client = secrets.withSecret(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(name)
                .clientIdIssuedAt(clock.instant())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(s -> s.addAll(granted))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build(), secret);
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
        RegisteredClient client = secrets.disabled(before, clock.instant());
        clients.save(client);
        audit.record("client.disabled", "client", clientId, view(before, null), view(client, null));
        return view(client, null);
    }

    /** A new secret, shown once; the old one stops working at once. Enables a disabled client. */
    PartnerClientView renewSecret(String clientId) {
        RegisteredClient before = partner(clientId);
        ClientSecretService.Issued renewed = secrets.renewed(before);
        clients.save(renewed.client());
        audit.record("client.secret-renewed", "client", clientId, view(before, null), view(renewed.client(), null));
        return view(renewed.client(), renewed.secret());
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
        return new PartnerClientView(client.getClientId(), client.getClientName(), List.copyOf(new TreeSet<>(client.getScopes())),
                ClientSecretService.enabled(client, clock.instant()), client.getClientIdIssuedAt(), secret);
    }
}
