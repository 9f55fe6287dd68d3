package org.jinguo.training.outcome;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.EmploymentEndedV1;
import org.jinguo.events.commerce.EmploymentStartedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.inbox.InboxListener;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class OutcomeConfiguration {

    /** Outcomes are recorded by staff (town staff for their town's women), read also by the woman herself and by partners. */
    @Bean
    AccessRules outcomeAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/outcomes/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_ACADEMY_STAFF", "ROLE_TOWN_STAFF", "ROLE_RESIDENT", "SCOPE_training.read")
                .requestMatchers("/api/v1/outcomes/**").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF");
    }

    /** A woman's outcomes in order: keyed by person id. */
    @Bean
    NewTopic outcomesTopic() {
        return TopicBuilder.name(TrainingEvents.OUTCOMES_TOPIC).partitions(3).build();
    }

    /** Attributes commerce-service's employments to training: each event applied once, in the inbox's transaction. */
    @Bean
    InboxListener employmentListener(Inbox inbox, OutcomeService outcomes) {
        return inbox.listener(CommerceEvents.EMPLOYMENTS_TOPIC, "employment")
                .on(CommerceEvents.EMPLOYMENT_STARTED, EmploymentStartedV1.class, outcomes::employmentStarted)
                .on(CommerceEvents.EMPLOYMENT_ENDED, EmploymentEndedV1.class, outcomes::employmentEnded);
    }
}
