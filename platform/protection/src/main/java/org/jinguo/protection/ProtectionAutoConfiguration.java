package org.jinguo.protection;

import org.jinguo.protection.vault.VaultConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A service's key ring and the vault its protected records keep their personal data in
 * ({@link org.jinguo.protection.vault.PersonalDataVault}).
 */
@AutoConfiguration
@Import(VaultConfiguration.class)
public class ProtectionAutoConfiguration {

    /**
     * The service's own master keys: {@code JINGUO_MASTER_KEY}, the active one, and
     * {@code JINGUO_RETIRED_MASTER_KEYS} while a rotation runs; from the environment, or from files
     * of those property names in a mounted directory ({@code spring.config.import=configtree:…}).
     * A service without its key does not start, saying so.
     */
    @Bean
    @ConditionalOnMissingBean
    KeyRing keyRing(@Value("${jinguo.master-key:}") String active, @Value("${jinguo.retired-master-keys:}") String retired) {
        return KeyRing.of(active, retired);
    }
}
