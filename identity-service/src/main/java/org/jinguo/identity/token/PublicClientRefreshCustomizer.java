package org.jinguo.identity.token;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens for the front ends, which are public clients: they keep no secret, so Spring
 * Authorization Server neither issues them a refresh token nor accepts one from them. Here a
 * public client registered for it (client authentication {@code none}, PKCE required, the
 * {@code refresh_token} grant) gets a refresh token with its code, and on the refresh grant is
 * authenticated by its {@code client_id} alone: the refresh token itself is the proof, bound to
 * that client. Rotation, so that a stolen refresh token is good for one use at most, is the
 * clients' token setting ({@code reuseRefreshTokens(false)}). Confidential clients are
 * authenticated and issued tokens as before.
 * <p>Not a {@code Customizer} bean: Spring Security applies those to every filter chain, and this
 * belongs to the authorization server's only.
 */
@Component
public class PublicClientRefreshCustomizer {

    private final RegisteredClientRepository clients;
    private final OAuth2TokenGenerator<?> tokens;

    PublicClientRefreshCustomizer(RegisteredClientRepository clients, JWKSource<SecurityContext> keys,
                                  TokenClaimsCustomizer claims) {
        this.clients = clients;
        JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(keys));
        jwts.setJwtCustomizer(claims);
        this.tokens = new DelegatingOAuth2TokenGenerator(jwts, new OAuth2AccessTokenGenerator(), new RefreshTokens());
    }

    public void customize(OAuth2AuthorizationServerConfigurer server) {
        server.tokenGenerator(tokens)
                // Last, so a request that authenticates the client any other way is read that way.
                .clientAuthentication(clientAuthentication -> clientAuthentication
                        .authenticationConverters(converters -> converters.add(new ClientIdOnRefresh()))
                        .authenticationProvider(new RegisteredPublicClient(clients)));
    }

    static boolean mayRefresh(RegisteredClient client) {
        return client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
                && client.getClientSettings().isRequireProofKey()
                && client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN);
    }

    /** A refresh grant that names its client and carries no credentials of a confidential client. */
    static final class ClientIdOnRefresh implements AuthenticationConverter {

        @Override
        public Authentication convert(HttpServletRequest request) {
            if (!"POST".equals(request.getMethod())
                    || !AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
                    || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
                return null;
            }
            String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
            if (clientIds == null) {
                return null;
            }
            if (clientIds.length != 1 || clientIds[0].isBlank()) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
            }
            return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null,
                    Map.of(OAuth2ParameterNames.GRANT_TYPE, AuthorizationGrantType.REFRESH_TOKEN.getValue()));
        }
    }

    /** Accepts what {@link ClientIdOnRefresh} read for a client that {@linkplain #mayRefresh may refresh}; any other is invalid. */
    static final class RegisteredPublicClient implements AuthenticationProvider {

        private final RegisteredClientRepository clients;

        RegisteredPublicClient(RegisteredClientRepository clients) {
            this.clients = clients;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
            if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
                    || !AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(
                            request.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE))) {
                return null;
            }
            RegisteredClient client = clients.findByClientId((String) request.getPrincipal());
            if (client == null || !mayRefresh(client)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                        "Client authentication failed: " + OAuth2ParameterNames.CLIENT_ID, null));
            }
            return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /** Spring's refresh tokens, and the same kind for the public clients that {@linkplain #mayRefresh may refresh}. */
    static final class RefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

        private final OAuth2RefreshTokenGenerator confidential = new OAuth2RefreshTokenGenerator();
        private final StringKeyGenerator values = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

        @Override
        public OAuth2RefreshToken generate(OAuth2TokenContext context) {
            if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType()) || !mayRefresh(context.getRegisteredClient())) {
                return confidential.generate(context);
            }
            Instant issuedAt = Instant.now();
            return new OAuth2RefreshToken(values.generateKey(), issuedAt,
                    issuedAt.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
        }
    }
}
