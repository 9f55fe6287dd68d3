package org.jinguo.commerce.statistics;

import org.jinguo.web.security.AccessRules;
import org.jinguo.web.statistics.StatisticsAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommerceStatisticsConfiguration {

    /** The report's figures: CITY_ADMIN and COMMERCE_STAFF for any town, TOWN_STAFF for their own, partners with commerce.read. */
    @Bean
    AccessRules commerceStatisticsAccess() {
        return StatisticsAccess.of(CommerceStatisticsController.PATH, "COMMERCE_STAFF", "commerce.read");
    }
}
