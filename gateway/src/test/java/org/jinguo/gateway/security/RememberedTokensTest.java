package org.jinguo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

class RememberedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private final AtomicInteger checks = new AtomicInteger();

    private final RememberedTokens tokens = new RememberedTokens(token -> {
        checks.incrementAndGet();
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("forged"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("partner").issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(900)).build());
    }, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));

    @Test
    void aTokenIsCheckedOnceWhileValidAndABadOneEveryTime() {
        assertThat(tokens.decode("good").block().getSubject()).isEqualTo("partner");
        assertThat(tokens.decode("good").block().getSubject()).isEqualTo("partner");
        assertThat(checks).hasValue(1);

        assertThatThrownBy(() -> tokens.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndSoRefusedByTheDecoder() {
        RememberedTokens later = new RememberedTokens(token -> {
            checks.incrementAndGet();
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("partner").issuedAt(NOW)
                    .expiresAt(NOW.plusSeconds(30)).build());
        }, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));

        later.decode("old").block();
        later.decode("old").block();

        assertThat(checks).as("past its expiry it is never answered from memory").hasValue(2);
    }
}
