package org.jinguo.care.mediation;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediationConfiguration {

    /** Staff's: CITY_ADMIN, CARE_STAFF, TOWN_STAFF of the town. */
    @Bean
    AccessRules mediationAccess() {
        return requests -> requests.requestMatchers("/api/v1/mediation-cases/**").hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }
}
