package org.jinguo.training.statistics;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatisticsConfiguration {

    /** The report's figures: CITY_ADMIN and ACADEMY_STAFF for any town, TOWN_STAFF for their own, partners with training.read. */
    @Bean
    AccessRules statisticsAccess() {
        return requests -> requests.requestMatchers("/api/v1/training-statistics")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_ACADEMY_STAFF", "ROLE_TOWN_STAFF", "SCOPE_training.read");
    }
}
