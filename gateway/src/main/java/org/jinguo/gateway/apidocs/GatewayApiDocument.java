package org.jinguo.gateway.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import org.jinguo.apidocs.ApiDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own document (what it answers itself, the impact report), in the frame every
 * service's shares, so that it merges with theirs into the platform's one document.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDocument {

    @Bean
    OpenAPI gatewayOpenApi(@Value("${jinguo.security.issuer}") String issuer) {
        return ApiDocuments.frame("gateway", issuer);
    }
}
