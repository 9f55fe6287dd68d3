package org.jinguo.care.insurance;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class InsuranceConfiguration {

    /** Programme years are the city's (CITY_ADMIN, CARE_STAFF); enrolments are also town staff's, for their town. */
    @Bean
    AccessRules insuranceAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/insurance-programmes").hasAnyRole("CITY_ADMIN", "CARE_STAFF")
                .requestMatchers("/api/v1/insurance-programmes/**", "/api/v1/insurance-enrolments/**")
                .hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }
}
