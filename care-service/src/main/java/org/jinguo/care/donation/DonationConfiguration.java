package org.jinguo.care.donation;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DonationConfiguration {

    /** Staff's: CITY_ADMIN, CARE_STAFF, TOWN_STAFF of the town. */
    @Bean
    AccessRules donationAccess() {
        return requests -> requests.requestMatchers("/api/v1/donations/**").hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF");
    }
}
