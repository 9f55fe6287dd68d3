package org.jinguo.identity.client;

import java.time.Duration;
import java.util.List;
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
 * with the authorization code flow and PKCE, and stay logged in with refresh tokens that rotate:
 * each refresh answers a new refresh token and retires the one used. Their redirect URIs and
 * token lifetimes follow configuration (docs/security.md, "Tokens").
 */
@Component
class FrontEndClientsInitializer implements ApplicationRunner {

    static final String WEB = "jinguo-web";
    static final String MOBILE = "jinguo-mobile";

    private final RegisteredClientRepository clients;
    private final List<String> webRedirectUris;
    private final List<String> mobileRedirectUris;
    private final Duration tokenLifetime;
    private final Duration webRefreshTokenLifetime;
    private final Duration mobileRefreshTokenLifetime;

    FrontEndClientsInitializer(RegisteredClientRepository clients,
                               @Value("${jinguo.identity.web-redirect-uris}") List<String> webRedirectUris,
                               @Value("${jinguo.identity.mobile-redirect-uris}") List<String> mobileRedirectUris,
                               @Value("${jinguo.identity.access-token-lifetime:15m}") Duration tokenLifetime,
                               @Value("${jinguo.identity.web-refresh-token-lifetime:8h}") Duration webRefreshTokenLifetime,
                               @Value("${jinguo.identity.mobile-refresh-token-lifetime:30d}") Duration mobileRefreshTokenLifetime) {
        this.clients = clients;
        this.webRedirectUris = webRedirectUris;
        this.mobileRedirectUris = mobileRedirectUris;
        this.tokenLifetime = tokenLifetime;
        this.webRefreshTokenLifetime = webRefreshTokenLifetime;
        this.mobileRefreshTokenLifetime = mobileRefreshTokenLifetime;
    }

    @Override
    public void run(ApplicationArguments args) {
        register(WEB, "Jinguo web", webRedirectUris, webRefreshTokenLifetime);
        register(MOBILE, "Jinguo mobile app", mobileRedirectUris, mobileRefreshTokenLifetime);
    }

    /** Registers the client on the first start, and at every start brings it to the configuration. */
    private void register(String clientId, String name, List<String> redirectUris, Duration refreshTokenLifetime) {
        RegisteredClient existing = clients.findByClientId(clientId);
        clients.save(RegisteredClient.withId(existing == null ? UUID.randomUUID().toString() : existing.getId())
                .clientId(clientId)
                .clientName(name)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(tokenLifetime)
                        .refreshTokenTimeToLive(refreshTokenLifetime)
                        .reuseRefreshTokens(false)
                        .build())
                .build());
    }
}
