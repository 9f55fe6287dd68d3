package org.jinguo.web.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** How a Jinguo token becomes authorities: {@code roles} → {@code ROLE_<role>}, {@code scope} → {@code SCOPE_<scope>}. */
public final class TokenAuthorities {

    private TokenAuthorities() {
    }

    public static JwtAuthenticationConverter converter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenAuthorities::of);
        return converter;
    }

    static Collection<GrantedAuthority> of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        List<String> scopes = jwt.getClaimAsStringList("scope");
        return Stream.concat(
                        (roles == null ? List.<String>of() : roles).stream().map(role -> "ROLE_" + role),
                        (scopes == null ? List.<String>of() : scopes).stream().map(scope -> "SCOPE_" + scope))
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
