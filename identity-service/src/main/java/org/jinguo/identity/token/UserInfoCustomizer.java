package org.jinguo.identity.token;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.identity.account.AccountProfile;
import org.jinguo.identity.account.AccountProfileRepository;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OidcUserInfoEndpointConfigurer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * {@code /userinfo} answers from the account as it is now, not from the claims of the ID token
 * issued at login: {@code sub} (the username, as in the ID token), {@code name} (the display
 * name), {@code roles} and, for a town-scoped role, {@code town}. A disabled account's token
 * gets {@code invalid_token}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserInfoCustomizer {

    private final AccountProfileRepository accounts;

    public void customize(OidcUserInfoEndpointConfigurer userInfo) {
        userInfo.userInfoMapper(this::claims);
    }

    private OidcUserInfo claims(OidcUserInfoAuthenticationContext context) {
        AccountProfile account = accounts.enabled(context.getAuthorization().getPrincipalName())
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN));
        OidcUserInfo.Builder claims = OidcUserInfo.builder()
                .subject(account.username())
                .name(account.displayName())
                .claim("roles", account.roleNames());
        account.town().ifPresent(town -> claims.claim("town", town));
        return claims.build();
    }
}
