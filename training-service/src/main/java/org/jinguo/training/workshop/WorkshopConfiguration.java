package org.jinguo.training.workshop;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.commerce.CommerceEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class WorkshopConfiguration {

    /**
     * Declared as commerce-service declares it, so that whichever service starts first, the topic
     * is compacted (a copy rebuilt from the start needs each workshop's latest state).
     */
    @Bean
    NewTopic workshopsTopic() {
        return TopicBuilder.name(CommerceEvents.WORKSHOPS_TOPIC).partitions(3).compact().build();
    }
}
