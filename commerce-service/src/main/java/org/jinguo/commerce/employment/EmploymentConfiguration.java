package org.jinguo.commerce.employment;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.training.OutcomeRecordedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.inbox.InboxListener;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class EmploymentConfiguration {

    /** Employment and workers: CITY_ADMIN, COMMERCE_STAFF and TOWN_STAFF (their town). */
    @Bean
    AccessRules employmentAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/workshops/*/employments").hasAnyRole("CITY_ADMIN", "COMMERCE_STAFF", "TOWN_STAFF")
                .requestMatchers("/api/v1/employments/**", "/api/v1/workers/**").hasAnyRole("CITY_ADMIN", "COMMERCE_STAFF", "TOWN_STAFF");
    }

    /** One employment's events in order: keyed by employment id. */
    @Bean
    NewTopic employmentsTopic() {
        return TopicBuilder.name(CommerceEvents.EMPLOYMENTS_TOPIC).partitions(3).build();
    }

    /** Links or creates employments from training's outcomes, each event once, in the inbox's transaction. */
    @Bean
    InboxListener trainingOutcomeListener(Inbox inbox, EmploymentService employments) {
        return inbox.listener(TrainingEvents.OUTCOMES_TOPIC, "training-outcome")
                .on(TrainingEvents.OUTCOME_RECORDED, OutcomeRecordedV1.class, employments::outcomeRecorded);
    }
}
