package org.jinguo.identity;

import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jinguo.identity.account.Role;
import org.jinguo.identity.client.OperationsClientUseCustomizer;
import org.jinguo.identity.token.Audiences;
import org.jinguo.identity.token.PublicClientRefreshCustomizer;
import org.jinguo.identity.token.UserInfoCustomizer;
import org.jinguo.web.labels.EnumLabelCatalog;
import org.jinguo.web.problem.ProblemWriter;
import org.jinguo.web.security.BearerTokenApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The authorization server's endpoints (token, keys, metadata, authorize, userinfo), with refresh
 * tokens for the front ends; the admin API, for
 * bearer tokens of CITY_ADMIN, answering problem+json; then the rest: health and the API
 * description and the metrics open, as on every service; everything else behind the login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, PublicClientRefreshCustomizer publicClientRefresh,
                                                     OperationsClientUseCustomizer operationsClientUse,
                                                     UserInfoCustomizer userInfo) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    publicClientRefresh.customize(server);
                    operationsClientUse.customize(server);
                    server.oidc(oidc -> oidc.userInfoEndpoint(userInfo::customize));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .cors(Customizer.withDefaults())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminApi(HttpSecurity http, JwtDecoder tokens, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/labels/**").permitAll()
                        .anyRequest().hasRole("CITY_ADMIN"));
        BearerTokenApi.configure(http, tokens, problems);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * Front ends running in a browser (the web app, the gateway's Swagger UI) exchange their code
     * for tokens, and read the keys and metadata, from their own origin; only those origins may.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${jinguo.identity.front-end-origins}") List<String> origins) {
        CorsConfiguration browsers = new CorsConfiguration();
        browsers.setAllowedOrigins(origins);
        browsers.setAllowedMethods(List.of("GET", "POST"));
        browsers.setAllowedHeaders(List.of("Content-Type", "Authorization"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String endpoint : List.of("/oauth2/token", "/oauth2/revoke", "/oauth2/jwks", "/.well-known/**", "/userinfo")) {
            source.registerCorsConfiguration(endpoint, browsers);
        }
        return source;
    }

    /** Access tokens this server issued itself for its admin API: signed by one of its published keys, naming it as issuer and audience. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, @Value("${jinguo.identity.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(Audiences.IDENTITY)));
        return decoder;
    }

    @Bean
    EnumLabelCatalog identityEnumLabels() {
        return EnumLabelCatalog.of(Role.class);
    }
}
