package org.jinguo.identity.client;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jinguo.audit.AuditTrail;
import org.jinguo.identity.RoleGrant;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every token the operations client is issued is an entry in the audit trail ({@code
 * client.token-issued}, by the client itself): its tokens act as CITY_ADMIN, so each use is
 * accounted for. The entry holds the token's scopes and expiry, never the token.
 * <p>Not a {@code Customizer} bean, like {@link org.jinguo.identity.token.PublicClientRefreshCustomizer}:
 * it belongs to the authorization server's filter chain only.
 */
@Component
public class OperationsClientUseCustomizer {

    private final AuthenticationSuccessHandler response = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
    private final AuditTrail audit;
    private final ClientRoleRepository roles;
    private final TransactionTemplate transaction;

    OperationsClientUseCustomizer(AuditTrail audit, ClientRoleRepository roles, TransactionTemplate transaction) {
        this.audit = audit;
        this.roles = roles;
        this.transaction = transaction;
    }

    public void customize(OAuth2AuthorizationServerConfigurer server) {
        server.tokenEndpoint(tokens -> tokens.accessTokenResponseHandler(this::issued));
    }

    private void issued(HttpServletRequest request, HttpServletResponse reply, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof OAuth2AccessTokenAuthenticationToken issued
                && OperationsClientInitializer.CLIENT_ID.equals(issued.getRegisteredClient().getClientId())) {
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("scopes", new TreeSet<>(issued.getAccessToken().getScopes()));
            token.put("expiresAt", issued.getAccessToken().getExpiresAt());
            transaction.executeWithoutResult(status -> audit.recordBy(OperationsClientInitializer.CLIENT_ID,
                    roles.of(OperationsClientInitializer.CLIENT_ID).stream().map(RoleGrant::role).toList(),
                    "client.token-issued", "client", OperationsClientInitializer.CLIENT_ID, null, token));
        }
        response.onAuthenticationSuccess(request, reply, authentication);
    }
}
