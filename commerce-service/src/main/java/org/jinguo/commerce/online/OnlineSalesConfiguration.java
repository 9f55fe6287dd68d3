package org.jinguo.commerce.online;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import org.jinguo.web.security.AccessRules;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class OnlineSalesConfiguration {

    /**
     * Accounts are opened and authorised by CITY_ADMIN, COMMERCE_STAFF and TOWN_STAFF (their town); sessions and sales
     * are posted also by partners with commerce.write, and read by partners with commerce.read or commerce.write, each
     * only for the accounts it is authorised on ({@link OnlineSalesService}).
     */
    @Bean
    AccessRules onlineSalesAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/livestream-accounts/**", "/api/v1/livestream-sessions/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_commerce.read", "SCOPE_commerce.write")
                .requestMatchers(HttpMethod.POST, "/api/v1/livestream-accounts/*/sessions", "/api/v1/sales-batches")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_commerce.write")
                .requestMatchers("/api/v1/livestream-accounts/**", "/api/v1/livestream-sessions/**", "/api/v1/sales-batches/**")
                .hasAnyRole("CITY_ADMIN", "COMMERCE_STAFF", "TOWN_STAFF");
    }

    /**
     * A batch's records are read one by one, so that each is refused for its own reason; the API
     * description still shows their shape, {@link SaleRecord}, which no method parameter brings in.
     */
    @Bean
    OpenApiCustomizer saleRecordSchema() {
        return openApi -> ModelConverters.getInstance(true).readAll(new AnnotatedType(SaleRecord.class))
                .forEach(openApi.getComponents()::addSchemas);
    }
}
