package org.jinguo.training.person;

import org.jinguo.service.crypto.MasterKeyCipher;
import org.jinguo.service.security.AccessRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PersonConfiguration {

    /** Encrypts phones and ID numbers at rest (the launcher generates the key; ops set JINGUO_MASTER_KEY). */
    @Bean
    MasterKeyCipher masterKeyCipher(@Value("${jinguo.master-key:${JINGUO_MASTER_KEY:}}") String masterKey) {
        return MasterKeyCipher.fromBase64(masterKey);
    }

    /**
     * People: read and written by CITY_ADMIN, ACADEMY_STAFF and TOWN_STAFF (their town), and by a
     * RESIDENT for her own record (checked in {@link PersonService}); read by partners with
     * {@code training.read}, masked.
     */
    @Bean
    AccessRules personAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/people/**")
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_ACADEMY_STAFF", "ROLE_TOWN_STAFF", "ROLE_RESIDENT", "SCOPE_training.read")
                .requestMatchers("/api/v1/people/**").hasAnyRole("CITY_ADMIN", "ACADEMY_STAFF", "TOWN_STAFF", "RESIDENT");
    }
}
