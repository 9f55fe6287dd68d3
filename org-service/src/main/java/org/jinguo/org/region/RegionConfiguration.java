package org.jinguo.org.region;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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

    /**
     * Regions are read by every authenticated caller; towns are changed by CITY_ADMIN; villages by
     * CITY_ADMIN or by TOWN_STAFF of their own town (checked in {@link RegionService}).
     */
    @Bean
    AccessRules regionAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/regions/**").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/v1/regions/towns/*").hasRole("CITY_ADMIN")
                .requestMatchers("/api/v1/regions/**").hasAnyRole("CITY_ADMIN", "TOWN_STAFF");
    }
}
