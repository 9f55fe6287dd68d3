package org.jinguo.commerce.product;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ProductConfiguration {

    /** Products, brands and recognitions: kept by CITY_ADMIN, COMMERCE_STAFF and TOWN_STAFF (their town); read also with commerce.read. */
    @Bean
    AccessRules productAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/products/**", "/api/v1/brands/**", "/api/v1/recognitions/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_commerce.read")
                .requestMatchers("/api/v1/products/**", "/api/v1/brands/**", "/api/v1/recognitions/**")
                .hasAnyRole("CITY_ADMIN", "COMMERCE_STAFF", "TOWN_STAFF");
    }
}
