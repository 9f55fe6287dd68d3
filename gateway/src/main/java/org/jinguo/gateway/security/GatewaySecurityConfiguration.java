package org.jinguo.gateway.security;

import java.time.Duration;
import java.util.List;

import org.jinguo.gateway.problem.GatewayProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
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

    /** Access tokens of the issuer whose audience names the gateway: neither ID tokens nor tokens meant for others. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${jinguo.security.issuer}") String issuer, @Value("${jinguo.security.audience}") String audience) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience)));
        return decoder;
    }

    /**
     * Spring Security observes each of its web filters, authentications and authorisations by
     * default: a dozen spans beside the request's own on every request (ADR 10). The request's
     * own span and the call to the service are traced without them;
     * {@code jinguo.gateway.tracing.security-observations=true} turns them on again.
     */
    @Bean
    SecurityObservationSettings securityObservations(@Value("${jinguo.gateway.tracing.security-observations:false}") boolean observe) {
        return observe ? SecurityObservationSettings.withDefaults().build() : SecurityObservationSettings.noObservations();
    }

    /**
     * A request Spring Security's strict firewall refuses (a control character in a header it
     * reads, an encoded slash or a semicolon in the path) is a 400 problem, not Spring Security's empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedRequests(GatewayProblems problems, JsonMapper json) {
        return (exchange, rejected) -> write(exchange, HttpStatus.BAD_REQUEST, "BAD_REQUEST", problems, json);
    }

    /**
     * The front ends' origins (JINGUO_FRONT_END_ORIGINS, comma-separated) may call the API from a
     * browser with a bearer token; no credentials (cookies) are ever allowed cross-site.
     */
    @Bean
    CorsConfigurationSource corsConfiguration(@Value("${jinguo.gateway.cors.origins:}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", "X-Request-Id", "traceparent", "tracestate"));
        cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, "X-Request-Id"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder tokens, GatewayProblems problems,
                                           JsonMapper json, CorsConfigurationSource cors) {
        return http
                .cors(spec -> spec.configurationSource(cors))
                // Spring Security's defaults (nosniff, frame denial, no caching of answers
                // unless the service says otherwise, HSTS over HTTPS) and no Referer to others.
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
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
                // Stateless: each request carries its token, so no session is looked up or
                // created for it, no request is saved for a login redirect, and there is no logout.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .logout(ServerHttpSecurity.LogoutSpec::disable)
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
