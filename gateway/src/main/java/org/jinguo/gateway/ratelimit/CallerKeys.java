package org.jinguo.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the client its token was issued to ({@code azp}, else
 * {@code client_id}, else the audience, else the subject, which a client-credentials token sets
 * to the client), or for a call without a token the address it came from.
 */
final class CallerKeys {

    private CallerKeys() {
    }

    static Mono<String> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> clientOf(((JwtAuthenticationToken) principal).getToken()))
                .defaultIfEmpty("address:" + address(exchange));
    }

    static String clientOf(Jwt token) {
        for (String claim : List.of("azp", "client_id")) {
            String value = token.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        List<String> audience = token.getAudience();
        return audience != null && !audience.isEmpty() ? audience.get(0) : token.getSubject();
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
