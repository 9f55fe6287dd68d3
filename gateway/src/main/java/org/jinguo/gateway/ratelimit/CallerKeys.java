package org.jinguo.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a request counts against. The client its token was issued to ({@code azp}, else
 * {@code client_id}, else the subject, which a client-credentials token sets to the client) picks
 * the limit; a person signed in through a front end has a bucket of her own under it
 * ({@code jinguo-web/<username>}), so that one user cannot use up what every user of that front
 * end shares, while a partner's or the operations client's calls share the client's. A call
 * without a token counts against the address it came from.
 */
final class CallerKeys {

    private CallerKeys() {
    }

    /**
     * @param client whose limit applies
     * @param bucket whose requests are counted together
     */
    record Caller(String client, String bucket) {
    }

    static Mono<Caller> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> callerOf(((JwtAuthenticationToken) principal).getToken()))
                .defaultIfEmpty(anonymous(exchange));
    }

    static Caller callerOf(Jwt token) {
        String subject = token.getSubject();
        String client = subject;
        for (String claim : List.of("azp", "client_id")) {
            String value = token.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                client = value;
                break;
            }
        }
        return new Caller(client, subject == null || subject.equals(client) ? client : client + "/" + subject);
    }

    private static Caller anonymous(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = "address:" + (remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress());
        return new Caller(address, address);
    }
}
