package org.jinguo.org;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class OrgAccessConfiguration {

    /**
     * Organisations, units, coverage and cadres: read by federation staff and by partners with
     * {@code org.read}; changed by CITY_ADMIN, and by TOWN_STAFF in their own town (the services
     * check the town, and hide other towns' records). Regions have rules of their own.
     */
    @Bean
    AccessRules organizationAccess() {
        String[] paths = {"/api/v1/organizations/**", "/api/v1/units/**", "/api/v1/coverage/**", "/api/v1/cadres/**"};
        return requests -> requests
                .requestMatchers(HttpMethod.GET, paths).hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_TOWN_STAFF", "SCOPE_org.read")
                .requestMatchers(paths).hasAnyRole("CITY_ADMIN", "TOWN_STAFF");
    }
}
