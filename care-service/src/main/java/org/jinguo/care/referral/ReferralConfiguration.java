package org.jinguo.care.referral;

import org.jinguo.web.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    /** Staff refer (CITY_ADMIN, CARE_STAFF, TOWN_STAFF); agencies read with care.read and answer with care.write. */
    @Bean
    AccessRules referralAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/children/*/referrals").hasAnyRole("CITY_ADMIN", "CARE_STAFF", "TOWN_STAFF")
                .requestMatchers(HttpMethod.GET, "/api/v1/referrals")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_CARE_STAFF", "ROLE_TOWN_STAFF", "SCOPE_care.read")
                .requestMatchers(HttpMethod.POST, "/api/v1/referrals/*/acceptance", "/api/v1/referrals/*/declining").hasAuthority("SCOPE_care.write");
    }
}
