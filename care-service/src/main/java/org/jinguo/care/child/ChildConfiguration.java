package org.jinguo.care.child;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.care.CareEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class ChildConfiguration {

    /**
     * Staff (CITY_ADMIN, CARE_STAFF, TOWN_STAFF in their town) keep the cases; revealing personal
     * data is CITY_ADMIN's and CARE_STAFF's (docs/architecture.md §5), erasure CITY_ADMIN's.
     * Reading is also open to caring mothers and helpers (their own children) and partners with
     * care.read (shared cases only), which the service narrows further.
     */
    @Bean
    AccessRules childAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/children/*/erasure").hasRole("CITY_ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/children/*/personal-data/reveal").hasAnyRole("CITY_ADMIN", "CARE_STAFF")
                .requestMatchers(HttpMethod.GET, "/api/v1/children", "/api/v1/children/*")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_CARE_STAFF", "ROLE_TOWN_STAFF", "ROLE_CARING_MOTHER", "ROLE_HELPER", "SCOPE_care.read")
                .requestMatchers("/api/v1/children", "/api/v1/children/*", "/api/v1/children/*/assessment", "/api/v1/children/*/consents",
                        "/api/v1/children/*/consent-withdrawals", "/api/v1/children/*/closure",
                        "/api/v1/children/*/match-proposals")
                .hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }

    @Bean
    NewTopic childrenTopic() {
        return TopicBuilder.name(CareEvents.CHILDREN_TOPIC).partitions(3).build();
    }
}
