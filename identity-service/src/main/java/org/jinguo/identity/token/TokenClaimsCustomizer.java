package org.jinguo.identity.token;

import java.util.List;

import org.jinguo.identity.client.ClientRoleRepository;
import org.jinguo.identity.key.SigningKeyRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Jinguo tokens carry besides the standard claims: {@code roles}, and {@code town} for a
 * town-scoped role; and, in the header, the id of the key that signs them.
 */
@Component
class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SigningKeyRepository keys;
    private final ClientRoleRepository clientRoles;

    TokenClaimsCustomizer(SigningKeyRepository keys, ClientRoleRepository clientRoles) {
        this.keys = keys;
        this.clientRoles = clientRoles;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKey().getKeyID());
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            List<ClientRoleRepository.Grant> grants = clientRoles.of(context.getRegisteredClient().getClientId());
            context.getClaims().claim("roles", grants.stream().map(ClientRoleRepository.Grant::role).toList());
            grants.stream().map(ClientRoleRepository.Grant::townCode).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(town -> context.getClaims().claim("town", town));
        }
    }
}
