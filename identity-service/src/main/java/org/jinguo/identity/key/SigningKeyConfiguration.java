package org.jinguo.identity.key;

import java.time.Duration;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jinguo.protection.vault.PersonalDataVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    /**
     * @param publishedAfterRetirement longer than the longest token lifetime, so a rotation never
     *                                 invalidates a token in flight
     */
    @Bean
    SigningKeyRepository signingKeyRepository(JdbcClient jdbc, PersonalDataVault vault,
                                    @Value("${jinguo.identity.retired-key-published-for}") Duration publishedAfterRetirement) {
        return new SigningKeyRepository(jdbc, vault, publishedAfterRetirement);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyRepository keys) {
        return new PublishedKeySource(keys);
    }
}
