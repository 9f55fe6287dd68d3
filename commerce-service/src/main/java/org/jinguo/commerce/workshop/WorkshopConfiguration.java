package org.jinguo.commerce.workshop;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class WorkshopConfiguration {

    /** Workshops: kept by CITY_ADMIN, COMMERCE_STAFF and TOWN_STAFF (their town); read also by partners with commerce.read. */
    @Bean
    AccessRules workshopAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/workshops/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_commerce.read")
                .requestMatchers("/api/v1/workshops/**").hasAnyRole("CITY_ADMIN", "COMMERCE_STAFF", "TOWN_STAFF");
    }

    /** Compacted: a service deployed later rebuilds its copy of the workshops from the start. */
    @Bean
    NewTopic workshopsTopic() {
        return TopicBuilder.name(CommerceEvents.WORKSHOPS_TOPIC).partitions(3).compact().build();
    }
}
