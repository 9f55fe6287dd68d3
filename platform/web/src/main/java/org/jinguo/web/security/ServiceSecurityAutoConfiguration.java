package org.jinguo.web.security;

import org.jinguo.web.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service checks the bearer token itself (defence in depth behind the gateway): signed by
 * a key the issuer publishes, naming that issuer, not expired, and naming this service among its
 * audience ({@code jinguo.security.audience}), so that neither an ID token nor an access token
 * meant for other services is accepted. Missing or bad tokens get a 401
 * problem, refused ones a 403 problem. The keys are fetched on first use, so a service starts
 * before identity-service does.
 */
@AutoConfiguration(afterName = "org.jinguo.web.ServiceDefaultsAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jinguoJwtDecoder(@Value("${jinguo.security.issuer}") String issuer, @Value("${jinguo.security.audience}") String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience)));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurity(HttpSecurity http, JwtDecoder tokens, ProblemWriter problems,
                                        ObjectProvider<AccessRules> rules) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll();
                    requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("CITY_ADMIN");
                    requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/api/v1/labels/**", "/error")
                            .permitAll();
                    requests.requestMatchers("/api/v1/audit/**").hasRole("CITY_ADMIN");
                    rules.orderedStream().forEach(rule -> rule.apply(requests));
                    requests.anyRequest().authenticated();
                });
        BearerTokenApi.configure(http, tokens, problems);
        return http.build();
    }
}
