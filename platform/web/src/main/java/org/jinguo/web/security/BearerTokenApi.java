package org.jinguo.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jinguo.web.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An API called with bearer tokens only: tokens decoded into Jinguo authorities, no session, no
 * cookies (so nothing for a cross-site request to ride on), and 401 and 403 as problem+json.
 */
public final class BearerTokenApi {

    private BearerTokenApi() {
    }

    public static HttpSecurity configure(HttpSecurity http, JwtDecoder tokens, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint unauthenticated =
                (request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        return http
                .addFilterBefore(keysUnavailable(problems), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(TokenAuthorities.converter()))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
    }

    /**
     * When the issuer's keys cannot be fetched, the token can be neither trusted nor refused: the
     * caller gets a 503 problem to retry, not a 500 or a misleading 401.
     */
    private static Filter keysUnavailable(ProblemWriter problems) {
        return (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } catch (AuthenticationServiceException e) {
                problems.write((HttpServletRequest) request, (HttpServletResponse) response, HttpStatus.SERVICE_UNAVAILABLE,
                        "TOKEN_KEYS_UNAVAILABLE");
            }
        };
    }
}
