package org.jinguo.training.competition;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class CompetitionConfiguration {

    /**
     * Competitions are read by every authenticated caller; run by CITY_ADMIN, ACADEMY_STAFF and
     * TOWN_STAFF (their town's); scored by JUDGEs, each only where assigned ({@link CompetitionService}).
     */
    @Bean
    AccessRules competitionAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/competitions/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/competitions/*/scores").hasRole("JUDGE")
                .requestMatchers("/api/v1/competitions/**").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF");
    }

    @Bean
    NewTopic competitionsTopic() {
        return TopicBuilder.name(TrainingEvents.COMPETITIONS_TOPIC).partitions(3).build();
    }
}
