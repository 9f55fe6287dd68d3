package org.jinguo.care.household;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HouseholdConfiguration {

    /** Staff's: CITY_ADMIN, CARE_STAFF, TOWN_STAFF of the town. */
    @Bean
    AccessRules householdAccess() {
        return requests -> requests.requestMatchers("/api/v1/households/**", "/api/v1/family-activities/**")
                .hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }
}
