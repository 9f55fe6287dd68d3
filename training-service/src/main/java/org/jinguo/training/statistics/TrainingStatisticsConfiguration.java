package org.jinguo.training.statistics;

import org.jinguo.web.security.AccessRules;
import org.jinguo.web.statistics.StatisticsAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrainingStatisticsConfiguration {

    /** The report's figures: CITY_ADMIN and ACADEMY_STAFF for any town, TOWN_STAFF for their own, partners with training.read. */
    @Bean
    AccessRules trainingStatisticsAccess() {
        return StatisticsAccess.of(TrainingStatisticsController.PATH, "ACADEMY_STAFF", "training.read");
    }
}
