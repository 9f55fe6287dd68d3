package org.jinguo.gateway.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers each token it has checked until the token expires, so a client sending the same
 * token with every request pays for the signature check once (decoding and RSA were about a
 * fifth of the gateway's CPU per request, bench/README.md "Gateway"). A token is the same only if
 * it is the same string, so a tampered one is checked afresh; nothing about a token changes
 * before it expires except the clock, which is looked at on every use. The map is emptied when it
 * holds {@link #MAX_TOKENS}, which bounds its memory.
 */
final class RememberedTokens implements ReactiveJwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final ConcurrentMap<String, Jwt> checked = new ConcurrentHashMap<>();

    RememberedTokens(ReactiveJwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = checked.get(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() == null) {
                return;
            }
            if (checked.size() >= MAX_TOKENS) {
                checked.clear();
            }
            checked.put(token, jwt);
        });
    }
}
