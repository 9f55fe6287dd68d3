package org.jinguo.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service shares, added with the lowest precedence so that a service's own
 * configuration and the environment override any of them.
 */
public class ServiceDefaultsEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        // Unknown fields and wrongly typed values are errors, never silently dropped or coerced.
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", true);
        defaults.put("spring.jackson.deserialization.fail-on-trailing-tokens", true);
        defaults.put("spring.jackson.mapper.allow-coercion-of-scalars", false);
        // Absent values are written as null, so every response of a type has the same fields.
        defaults.put("spring.jackson.default-property-inclusion", "always");
        defaults.put("spring.mvc.problemdetails.enabled", true);
        defaults.put("spring.threads.virtual.enabled", true);
        defaults.put("server.shutdown", "graceful");
        defaults.put("server.max-http-request-header-size", "16KB");
        defaults.put("logging.structured.format.console", "${JINGUO_LOG_FORMAT:ecs}");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", true);
        defaults.put("management.endpoint.health.show-details", "always");
        defaults.put("management.tracing.sampling.probability", 1.0);
        defaults.put("spring.kafka.listener.observation-enabled", true);
        defaults.put("spring.kafka.template.observation-enabled", true);
        defaults.put("springdoc.api-docs.version", "openapi_3_1");
        defaults.put("springdoc.default-produces-media-type", "application/json");
        // The same document on every start, so that it can be compared with the committed one.
        defaults.put("springdoc.writer-with-order-by-keys", true);
        defaults.put("spring.datasource.hikari.maximum-pool-size", 10);
        // The token issuer every service trusts: identity-service.
        defaults.put("jinguo.security.issuer", "${JINGUO_ISSUER:http://127.0.0.1:9000}");
        // The audience a token must name for this service to accept it: the service's own name.
        defaults.put("jinguo.security.audience", "${jinguo.service.code}-service");
        environment.getPropertySources().addLast(new MapPropertySource("jinguoServiceDefaults", defaults));
    }
}
