package org.jinguo.org.region;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.service.labels.EnumLabelCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class RegionConfiguration {

    /**
     * Compacted: each region's latest full state is kept forever, so a service deployed later
     * rebuilds its copy of the regions by reading the topic from the start.
     */
    @Bean
    NewTopic regionsTopic() {
        return TopicBuilder.name(org.jinguo.events.org.RegionEvents.TOPIC).partitions(3).compact().build();
    }

    @Bean
    EnumLabelCatalog orgEnumLabels() {
        return EnumLabelCatalog.of(TownKind.class, VillageKind.class, VillageStatus.class);
    }
}
