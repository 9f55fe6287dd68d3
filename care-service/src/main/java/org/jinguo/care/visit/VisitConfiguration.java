package org.jinguo.care.visit;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.care.CareEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class VisitConfiguration {

    /**
     * Caring mothers and helpers log and read visits (the service limits them to their own
     * children); staff too; the overdue list is staff's.
     */
    @Bean
    AccessRules visitAccess() {
        return requests -> requests
                .requestMatchers("/api/v1/children/*/visits").hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF", "CARING_MOTHER", "HELPER")
                .requestMatchers("/api/v1/visits/**").hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }

    @Bean
    NewTopic visitsTopic() {
        return TopicBuilder.name(CareEvents.VISITS_TOPIC).partitions(3).build();
    }
}
