package org.jinguo.web.security;

import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the request's token: subject, roles, town (for a town-scoped role) and
 * scopes (for a partner client).
 */
public record Caller(String subject, List<String> roles, String town, List<String> scopes) {

    /** The caller of the current request; fails outside an authenticated request. */
    public static Caller current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("No authenticated caller");
        }
        List<String> roles = token.getToken().getClaimAsStringList("roles");
        List<String> scopes = token.getToken().getClaimAsStringList("scope");
        return new Caller(token.getToken().getSubject(), roles == null ? List.of() : roles,
                token.getToken().getClaimAsString("town"), scopes == null ? List.of() : scopes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A partner agency's client: it carries scopes and no role. */
    public boolean isPartner() {
        return roles.isEmpty();
    }

    /**
     * Whether the caller acts in every town: a person with a city-wide role, or a partner client.
     * Town staff whose token names no town act nowhere, rather than everywhere.
     */
    public boolean isCityWide() {
        return town == null && (!hasRole("TOWN_STAFF") || hasRole("CITY_ADMIN"));
    }

    /** True when the caller may act in the town: a city-wide caller anywhere, town staff only in their town. */
    public boolean actsIn(String townCode) {
        return isCityWide() || town != null && town.equals(townCode);
    }
}
