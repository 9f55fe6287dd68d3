package org.jinguo.care.helper;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HelperConfiguration {

    /** Helpers are kept by staff: CITY_ADMIN, CARE_STAFF, TOWN_STAFF of their town. */
    @Bean
    AccessRules helperAccess() {
        return requests -> requests.requestMatchers("/api/v1/helpers/**", "/api/v1/helper-attachments/**")
                .hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }
}
