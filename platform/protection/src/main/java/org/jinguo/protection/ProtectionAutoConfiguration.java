package org.jinguo.protection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/** The master key a service encrypts its protected fields under. */
@AutoConfiguration
public class ProtectionAutoConfiguration {

    /**
     * Encrypts the protected fields a service keeps (phones, ID numbers, signing keys) under the
     * master key, {@code JINGUO_MASTER_KEY} (the launcher generates it; ops set it). Created when
     * first needed, so a service that keeps no protected data needs no key; one that does fails
     * to start, saying so, without it.
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    MasterKeyCipher masterKeyCipher(@Value("${jinguo.master-key:}") String masterKey) {
        return MasterKeyCipher.fromBase64(masterKey);
    }
}
