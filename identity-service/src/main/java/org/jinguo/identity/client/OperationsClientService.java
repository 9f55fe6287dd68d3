package org.jinguo.identity.client;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jinguo.audit.AuditTrail;
import org.jinguo.identity.RoleGrant;
import org.jinguo.web.problem.ApiException;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations client's secret, changed and stopped through the admin API: a secret that may
 * have leaked is replaced at once, without a restart. Tokens it was issued before stay valid
 * until they expire.
 */
@Service
@Transactional
@RequiredArgsConstructor
class OperationsClientService {

    private final RegisteredClientRepository clients;
    private final ClientRoleRepository roles;
    private final ClientSecretService secrets;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    @Transactional(readOnly = true)
    OperationsClientView client() {
        return view(operations(), null);
    }

    /** A new secret, shown once; the old one stops working at once. Enables a disabled client. */
    OperationsClientView renewSecret() {
        RegisteredClient before = operations();
        ClientSecretService.Issued renewed = secrets.renewed(before);
        clients.save(renewed.client());
        audit.record("client.secret-renewed", "client", OperationsClientInitializer.CLIENT_ID, view(before, null), view(renewed.client(), null));
        return view(renewed.client(), renewed.secret());
    }

    /** Its secret stops working: no more tokens until a new secret is issued or configured. */
    OperationsClientView disable() {
        RegisteredClient before = operations();
        RegisteredClient client = secrets.disabled(before, clock.instant());
        clients.save(client);
        audit.record("client.disabled", "client", OperationsClientInitializer.CLIENT_ID, view(before, null), view(client, null));
        return view(client, null);
    }

    private RegisteredClient operations() {
        RegisteredClient client = clients.findByClientId(OperationsClientInitializer.CLIENT_ID);
        if (client == null) {
            throw ApiException.notFound("CLIENT_NOT_FOUND", OperationsClientInitializer.CLIENT_ID);
        }
        return client;
    }

    OperationsClientView view(RegisteredClient client, String secret) {
        List<String> granted = roles.of(client.getClientId()).stream().map(RoleGrant::role).toList();
        return new OperationsClientView(client.getClientId(), client.getClientName(), granted, ClientSecretService.enabled(client, clock.instant()),
                secret);
    }
}
