package org.jinguo.identity.token;

import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.jinguo.identity.RoleGrant;
import org.jinguo.identity.account.AccountRoleRepository;
import org.jinguo.identity.client.ClientRoleRepository;
import org.jinguo.identity.key.SigningKeyRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Jinguo tokens carry besides the standard claims: {@code roles}, and {@code town} for a
 * town-scoped role, of the client itself (client credentials) or of the person who logged in;
 * and, in the header, the id of the key that signs them.
 */
@Component
@RequiredArgsConstructor
class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SigningKeyRepository keys;
    private final ClientRoleRepository clientRoles;
    private final AccountRoleRepository accountRoles;

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKey().getKeyID());
        List<RoleGrant> grants = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                ? clientRoles.of(context.getRegisteredClient().getClientId())
                : accountRoles.of(context.getPrincipal().getName());
        context.getClaims().claim("roles", grants.stream().map(RoleGrant::role).toList());
        grants.stream().map(RoleGrant::townCode).filter(Objects::nonNull).findFirst()
                .ifPresent(town -> context.getClaims().claim("town", town));
    }
}
