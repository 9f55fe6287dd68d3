package org.jinguo.training.mentor;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class MentorConfiguration {

    /** Mentors and agreements are read by every authenticated caller; kept by CITY_ADMIN, ACADEMY_STAFF and TOWN_STAFF (their town). */
    @Bean
    AccessRules mentorAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/mentors/**", "/api/v1/agreements/**").authenticated()
                .requestMatchers("/api/v1/mentors/**", "/api/v1/agreements/**").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF");
    }
}
