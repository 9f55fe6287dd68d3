package org.jinguo.training.workshop;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.WorkshopChangedV1;
import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.inbox.InboxListener;
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

    /** Keeps training's copy of the workshops from commerce-service's compacted {@code commerce.workshops}, read from the start. */
    @Bean
    InboxListener workshopCopyListener(Inbox inbox, WorkshopCopyRepository workshops) {
        return inbox.listener(CommerceEvents.WORKSHOPS_TOPIC, "workshop-copy")
                .on(CommerceEvents.WORKSHOP_CHANGED, WorkshopChangedV1.class, workshops::keep);
    }
}
