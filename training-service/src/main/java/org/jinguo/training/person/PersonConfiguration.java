package org.jinguo.training.person;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PersonConfiguration {

    /**
     * People: read and written by CITY_ADMIN, ACADEMY_STAFF and TOWN_STAFF (their town), and by a
     * RESIDENT for her own record (checked in {@link PersonService}); read by partners with
     * {@code training.read}, masked.
     */
    @Bean
    AccessRules personAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/people/me").hasRole("RESIDENT")
                .requestMatchers(HttpMethod.GET, "/api/v1/people/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_ACADEMY_STAFF", "ROLE_TOWN_STAFF", "ROLE_RESIDENT", "SCOPE_training.read")
                .requestMatchers("/api/v1/people/**").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF", "RESIDENT");
    }
}
