package org.jinguo.training.course;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

    /** Courses are read by every authenticated caller; planned by CITY_ADMIN, ACADEMY_STAFF and TOWN_STAFF (their town). */
    @Bean
    AccessRules courseAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/courses/**").authenticated()
                .requestMatchers("/api/v1/courses/**").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF");
    }
}
