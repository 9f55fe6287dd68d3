package org.jinguo.training.session;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** Sessions are read by every authenticated caller; managed by CITY_ADMIN, ACADEMY_STAFF and TOWN_STAFF (their town's courses). */
    @Bean
    AccessRules sessionAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/sessions/**").authenticated()
                .requestMatchers("/api/v1/sessions/*", "/api/v1/sessions/*/opening", "/api/v1/sessions/*/holding",
                        "/api/v1/sessions/*/cancellation").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF");
    }
}
