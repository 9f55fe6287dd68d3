package org.jinguo.gateway.security;

import org.jinguo.gateway.problem.GatewayProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway checks every bearer token before routing (each service checks it again): signed
 * by a key identity-service publishes, naming it as issuer, not expired. Health, the API
 * description, labels and the fallbacks are open. A missing or bad token is a 401 problem.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${jinguo.security.issuer}") String issuer) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder tokens, GatewayProblems problems,
                                           JsonMapper json) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/webjars/**", "/api/v1/labels/**", "/fallback/**").permitAll()
                        // Anyone may verify a training certificate by its number.
                        .pathMatchers(HttpMethod.GET, "/api/v1/certificates/*").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(tokens))
                        .authenticationEntryPoint((exchange, e) -> write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", problems, json)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((exchange, e) -> write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", problems, json))
                        .accessDeniedHandler((exchange, e) -> write(exchange, HttpStatus.FORBIDDEN, "FORBIDDEN", problems, json)))
                // Bearer tokens only, no cookies: nothing for a cross-site request to ride on.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, GatewayProblems problems, JsonMapper json) {
        byte[] body = json.writeValueAsBytes(problems.create(status, code, "problem." + code, new Object[0], exchange));
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(body);
        return exchange.getResponse().writeWith(Mono.just(buffer));
    }
}
