package org.jinguo.commerce.statistics;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommerceStatisticsConfiguration {

    /** The report's figures: CITY_ADMIN and COMMERCE_STAFF for any town, TOWN_STAFF for their own, partners with commerce.read. */
    @Bean
    AccessRules commerceStatisticsAccess() {
        return requests -> requests.requestMatchers("/api/v1/commerce-statistics")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_COMMERCE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_commerce.read");
    }
}
