package org.jinguo.protection.vault;

import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.flywaydb.core.Flyway;
import org.jinguo.protection.KeyRing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vault's tables, migrated from {@code db/protection} with a history of their own
 * ({@code flyway_protection_history}) after the service's own migrations, so that the module
 * changes them without touching any service's migrations; a database whose service created them
 * itself is baselined at 0, and the first migration, written with {@code if not exists}, adopts
 * them as they are.
 */
@Configuration(proxyBeanMethods = false)
public class VaultConfiguration {

    @Bean
    DataKeyRepository dataKeyRepository(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
        // Resolved first: it migrates the service's own database as it is created.
        serviceMigrations.getIfAvailable();
        Flyway.configure(VaultConfiguration.class.getClassLoader()).dataSource(dataSource).locations("classpath:db/protection")
                .table("flyway_protection_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        return new DataKeyRepository(JdbcClient.create(dataSource));
    }

    @Bean
    PersonalDataVault personalDataVault(DataKeyRepository keys, KeyRing ring, JsonMapper json) {
        return new PersonalDataVault(keys, ring, json);
    }

    @Bean
    KeyRingCheck keyRingCheck(DataKeyRepository keys, KeyRing ring, TransactionTemplate transaction,
                              ObjectProvider<RecordsBeforeDataKeys> recordsBeforeDataKeys) {
        return new KeyRingCheck(keys, ring, transaction, recordsBeforeDataKeys);
    }

    /** @param interval {@code jinguo.protection.rewrap-interval}: how often to look for keys under a retired master key */
    @Bean
    KeyRewrap keyRewrap(DataKeyRepository keys, KeyRing ring, TransactionTemplate transaction, MeterRegistry meters,
                        @Value("${jinguo.protection.rewrap-interval:1m}") Duration interval) {
        return new KeyRewrap(keys, ring, transaction, interval, meters);
    }
}
