package org.jinguo.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes the bearer token from the Authorization header, and from nowhere else, with the rules of
 * Spring Security's {@code ServerBearerTokenAuthenticationConverter} as the gateway configures it
 * (query parameter and form body off): no header or another scheme is no token; a header starting
 * with "bearer" (any case) must be {@code Bearer <token68>} (RFC 6750 §2.1) or the request is
 * refused as malformed.
 *
 * <p>Spring's converter matches the header with a regular expression and merges three sources of
 * which two are always empty; on a token of about 800 characters the expression alone was 2.4% of
 * the gateway's CPU per request (bench/README.md, "Bearer tokens without a regular expression").
 * This one checks the same characters in one pass.
 */
final class AuthorizationHeaderTokens implements ServerAuthenticationConverter {

    private static final String SCHEME = "Bearer ";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        // Deferred, as Spring's: the firewall throws from getFirst when it refuses the header.
        return Mono.defer(() -> token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)));
    }

    private static Mono<Authentication> token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return Mono.empty();
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !isToken68(authorization, SCHEME.length())) {
            return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed")));
        }
        return Mono.just(new BearerTokenAuthenticationToken(authorization.substring(SCHEME.length())));
    }

    /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="} from {@code start} to the end. */
    private static boolean isToken68(String value, int start) {
        int end = value.length();
        while (end > start && value.charAt(end - 1) == '=') {
            end--;
        }
        if (end == start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isToken68Character(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isToken68Character(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
