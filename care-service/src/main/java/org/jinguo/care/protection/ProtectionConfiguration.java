package org.jinguo.care.protection;

import java.util.Arrays;

import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.web.security.AccessRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    /** @param retired JINGUO_RETIRED_MASTER_KEYS: former master keys, comma-separated, kept only while a rotation runs */
    @Bean
    MasterKeys masterKeys(MasterKeyCipher current, @Value("${jinguo.retired-master-keys:}") String retired) {
        return new MasterKeys(current, Arrays.stream(retired.split(",")).map(String::trim).filter(key -> !key.isEmpty())
                .map(MasterKeyCipher::fromBase64).toList());
    }

    /** Key status and the reveal log: CITY_ADMIN only. */
    @Bean
    AccessRules protectionAccess() {
        return requests -> requests.requestMatchers("/api/v1/protection/**", "/api/v1/personal-data-accesses/**").hasRole("CITY_ADMIN");
    }
}
