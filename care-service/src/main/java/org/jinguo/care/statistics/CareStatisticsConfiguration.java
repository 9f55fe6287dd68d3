package org.jinguo.care.statistics;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CareStatisticsConfiguration {

    /** The report's figures: CITY_ADMIN and CARE_STAFF for any town, TOWN_STAFF for their own, partners with care.read. */
    @Bean
    AccessRules careStatisticsAccess() {
        return requests -> requests.requestMatchers("/api/v1/care-statistics")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_CARE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_care.read");
    }
}
