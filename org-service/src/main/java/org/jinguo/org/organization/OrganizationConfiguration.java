package org.jinguo.org.organization;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.org.OrganizationEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class OrganizationConfiguration {

    /** Compacted: each organisation's latest full state is kept, so a service deployed later rebuilds its copy. */
    @Bean
    NewTopic organizationsTopic() {
        return TopicBuilder.name(OrganizationEvents.TOPIC).partitions(3).compact().build();
    }
}
