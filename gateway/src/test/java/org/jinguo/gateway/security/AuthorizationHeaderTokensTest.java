package org.jinguo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The gateway's converter must answer every Authorization header exactly as Spring Security's does. */
class AuthorizationHeaderTokensTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwYXJ0bmVyIn0.c2lnbmF0dXJlLXdpdGgtLV8-~+/";

    private final ServerAuthenticationConverter tokens = new AuthorizationHeaderTokens();
    private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

    static List<String> headers() {
        return List.of("Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc==", "Bearer a=b", "Bearer =", "Bearer ",
                "Bearer", "Bearerabc", "Bearer  abc", "Bearer abc ", "Bearer a b", "Bearer abc\n", "Bearer abc%3D", "Bearer é",
                "Basic dXNlcjpwYXNz", "", "Token abc", "Bear abc");
    }

    @ParameterizedTest
    @MethodSource("headers")
    void answersAsSpringSecurityDoes(String authorization) {
        assertThat(outcome(tokens, authorization)).isEqualTo(outcome(spring, authorization));
    }

    @Test
    void takesTheTokenAfterTheScheme() {
        assertThat(outcome(tokens, "bearer " + JWT)).isEqualTo("token " + JWT);
        assertThat(outcome(tokens, "Bearer a b")).isEqualTo("refused: Bearer token is malformed");
        assertThat(outcome(tokens, "Basic dXNlcjpwYXNz")).isEqualTo("none");
    }

    @Test
    void aHeaderTheFirewallRefusesIsAnErrorSignalNotAThrow() {
        ServerWebExchange refused = new StrictServerWebExchangeFirewall().getFirewalledExchange(MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/v1/regions/towns").header(HttpHeaders.AUTHORIZATION, "Bearer abc\u0085"))).block();

        Mono<Authentication> converted = tokens.convert(refused);

        assertThatThrownBy(converted::block).isInstanceOf(ServerExchangeRejectedException.class);
    }

    @Test
    void aRequestWithoutTheHeaderHasNoToken() {
        assertThat(outcome(tokens, null)).isEqualTo("none").isEqualTo(outcome(spring, null));
    }

    @Test
    void answersAsSpringSecurityDoesForRandomHeaders() {
        Random random = new Random(20261130);
        String alphabet = "Bbearr =-._~+/aZ09%é\t";
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checked.add(header.toString());
        }
        assertThat(checked).allSatisfy(header -> assertThat(outcome(tokens, header)).as(header).isEqualTo(outcome(spring, header)));
    }

    private static String outcome(ServerAuthenticationConverter converter, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/regions/towns");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        try {
            return converter.convert(MockServerWebExchange.from(request))
                    .map(AuthorizationHeaderTokensTest::describe)
                    .defaultIfEmpty("none")
                    .block();
        } catch (OAuth2AuthenticationException refused) {
            return "refused: " + refused.getError().getDescription();
        }
    }

    private static String describe(Authentication authentication) {
        return "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
    }
}
