package org.jinguo.care.statistics;

import org.jinguo.web.security.AccessRules;
import org.jinguo.web.statistics.StatisticsAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CareStatisticsConfiguration {

    /** The report's figures: CITY_ADMIN and CARE_STAFF for any town, TOWN_STAFF for their own, partners with care.read. */
    @Bean
    AccessRules careStatisticsAccess() {
        return StatisticsAccess.of(CareStatisticsController.PATH, "CARE_STAFF", "care.read");
    }
}
