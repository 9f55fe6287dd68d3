package org.jinguo.care.mother;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class MotherConfiguration {

    /** A caring mother reads her own record; staff (CITY_ADMIN, CARE_STAFF, TOWN_STAFF of her town) keep them all; revealing is city staff's. */
    @Bean
    AccessRules motherAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/caring-mothers/me").hasRole("CARING_MOTHER")
                .requestMatchers(HttpMethod.POST, "/api/v1/caring-mothers/*/personal-data/reveal").hasAnyRole("CITY_ADMIN", "CARE_STAFF")
                .requestMatchers("/api/v1/caring-mothers/**").hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }
}
