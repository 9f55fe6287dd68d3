package org.jinguo.identity.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The web and mobile front ends: public clients (they cannot keep a secret) that log people in
 * with the authorization code flow and PKCE. Their redirect URIs follow configuration.
 */
@Component
class FrontEndClientsInitializer implements ApplicationRunner {

    static final String WEB = "jinguo-web";
    static final String MOBILE = "jinguo-mobile";

    private final RegisteredClientRepository clients;
    private final List<String> webRedirectUris;
    private final List<String> mobileRedirectUris;
    private final Duration tokenLifetime;

    FrontEndClientsInitializer(RegisteredClientRepository clients,
                               @Value("${jinguo.identity.web-redirect-uris}") List<String> webRedirectUris,
                               @Value("${jinguo.identity.mobile-redirect-uris}") List<String> mobileRedirectUris,
                               @Value("${jinguo.identity.access-token-lifetime:15m}") Duration tokenLifetime) {
        this.clients = clients;
        this.webRedirectUris = webRedirectUris;
        this.mobileRedirectUris = mobileRedirectUris;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public void run(ApplicationArguments args) {
        register(WEB, "Jinguo web", webRedirectUris);
        register(MOBILE, "Jinguo mobile app", mobileRedirectUris);
    }

    /** Registers the client on the first start; after that, keeps its redirect URIs as configured. */
    private void register(String clientId, String name, List<String> redirectUris) {
        RegisteredClient existing = clients.findByClientId(clientId);
        if (existing != null) {
            if (!existing.getRedirectUris().equals(Set.copyOf(redirectUris))) {
                clients.save(RegisteredClient.from(existing).redirectUris(uris -> {
                    uris.clear();
                    uris.addAll(redirectUris);
                }).build());
            }
            return;
        }
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(name)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                .build());
    }
}
