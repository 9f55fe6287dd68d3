package org.jinguo.care.protection;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    /** Key status and the reveal log: CITY_ADMIN only. */
    @Bean
    AccessRules protectionAccess() {
        return requests -> requests.requestMatchers("/api/v1/protection/**", "/api/v1/personal-data-accesses/**").hasRole("CITY_ADMIN");
    }
}
