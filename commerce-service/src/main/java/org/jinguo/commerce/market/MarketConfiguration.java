package org.jinguo.commerce.market;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class MarketConfiguration {

    /** Market events: kept by CITY_ADMIN, COMMERCE_STAFF and TOWN_STAFF (their town); read also by partners with commerce.read. */
    @Bean
    AccessRules marketAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/market-events/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_commerce.read")
                .requestMatchers("/api/v1/market-events/**").hasAnyRole("CITY_ADMIN", "COMMERCE_STAFF", "TOWN_STAFF");
    }

    /** Totals of one event or session in order: keyed by its id. */
    @Bean
    NewTopic salesTopic() {
        return TopicBuilder.name(CommerceEvents.SALES_TOPIC).partitions(3).build();
    }
}
