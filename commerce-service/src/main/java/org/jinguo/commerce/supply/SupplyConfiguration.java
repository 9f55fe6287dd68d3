package org.jinguo.commerce.supply;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SupplyConfiguration {

    /**
     * Demands: posted and read by staff and by buyers' partner clients (commerce.write; their own only); capacities and
     * allocations kept by CITY_ADMIN, COMMERCE_STAFF and TOWN_STAFF (their town's workshops).
     */
    @Bean
    AccessRules supplyAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/demands").hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF",
                        "ROLE_TOWN_STAFF", "SCOPE_commerce.write")
                .requestMatchers(HttpMethod.GET, "/api/v1/demands", "/api/v1/demands/*", "/api/v1/demands/*/allocations")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_commerce.write")
                .requestMatchers("/api/v1/demands/**", "/api/v1/allocations/**", "/api/v1/capacities/**")
                .hasAnyRole("CITY_ADMIN", "COMMERCE_STAFF", "TOWN_STAFF");
    }
}
