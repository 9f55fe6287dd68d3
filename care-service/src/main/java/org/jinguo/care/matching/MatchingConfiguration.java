package org.jinguo.care.matching;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.care.CareEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    /** Matching is staff work: CITY_ADMIN, CARE_STAFF, TOWN_STAFF (their town). */
    @Bean
    AccessRules matchingAccess() {
        return requests -> requests.requestMatchers("/api/v1/matching-runs/**", "/api/v1/matches/**")
                .hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }

    @Bean
    NewTopic matchesTopic() {
        return TopicBuilder.name(CareEvents.MATCHES_TOPIC).partitions(3).build();
    }
}
