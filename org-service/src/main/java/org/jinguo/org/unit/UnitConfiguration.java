package org.jinguo.org.unit;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.org.UnitEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class UnitConfiguration {

    /** Units and their coverages, keyed by unit id; not compacted, since coverage events are history. */
    @Bean
    NewTopic unitsTopic() {
        return TopicBuilder.name(UnitEvents.TOPIC).partitions(3).build();
    }
}
