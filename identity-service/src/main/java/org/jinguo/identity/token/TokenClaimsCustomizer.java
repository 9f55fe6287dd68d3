package org.jinguo.identity.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jinguo.identity.RoleGrant;
import org.jinguo.identity.account.AccountProfile;
import org.jinguo.identity.account.AccountProfileRepository;
import org.jinguo.identity.client.ClientRoleRepository;
import org.jinguo.identity.key.SigningKeyRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Jinguo access tokens carry besides the standard claims: {@code roles}, and {@code town}
 * for a town-scoped role, of the client itself (client credentials) or of the person who logged
 * in, as her account holds them when the token is issued; the client it was issued to
 * ({@code client_id}) and the resource servers it may reach ({@code aud}, {@link Audiences}); and, in the header of every token, the
 * id of the key that signs it. ID tokens say who logged in, never what she may do: her roles and
 * town are in the access token and at {@code /userinfo}.
 */
@Component
@RequiredArgsConstructor
class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SigningKeyRepository keys;
    private final ClientRoleRepository clientRoles;
    private final AccountProfileRepository accounts;

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKey().getKeyID());
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        boolean client = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        List<RoleGrant> grants = client ? clientRoles.of(context.getRegisteredClient().getClientId())
                : person(context.getPrincipal().getName()).roles();
        // The claims are stored with the authorization and read back through Spring Security's
        // Jackson allow-list, which admits an ArrayList but not the JDK's immutable lists.
        context.getClaims().claim("roles", grants.stream().map(RoleGrant::role)
                .collect(Collectors.toCollection(ArrayList::new)));
        // Which client the token was issued to (RFC 9068): the audience names resource servers now, not the client.
        context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
        // A client without roles is a partner's, and reaches what its scopes name.
        context.getClaims().audience(client && grants.isEmpty() ? Audiences.ofScopes(context.getAuthorizedScopes()) : Audiences.everyService());
        grants.stream().map(RoleGrant::townCode).filter(Objects::nonNull).findFirst()
                .ifPresent(town -> context.getClaims().claim("town", town));
    }

    /** A disabled account gets no more tokens, not even with a refresh token issued before. */
    private AccountProfile person(String username) {
        return accounts.enabled(username).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The account is disabled", null)));
    }
}
