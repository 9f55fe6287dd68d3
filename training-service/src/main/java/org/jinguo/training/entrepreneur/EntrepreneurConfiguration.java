package org.jinguo.training.entrepreneur;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class EntrepreneurConfiguration {

    /** Members and recommendations are read by every authenticated caller; kept by CITY_ADMIN, ACADEMY_STAFF and TOWN_STAFF (their town). */
    @Bean
    AccessRules entrepreneurAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/entrepreneurs/**", "/api/v1/recommendations/**").authenticated()
                .requestMatchers("/api/v1/entrepreneurs/**", "/api/v1/recommendations/**")
                .hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF");
    }
}
