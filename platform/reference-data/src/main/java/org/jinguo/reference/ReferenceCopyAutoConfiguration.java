package org.jinguo.reference;

import javax.sql.DataSource;

import org.jinguo.messaging.MessagingAutoConfiguration;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Local copies of org-service's reference data (ADR 7), for the services that validate against
 * it: {@code jinguo.reference-copy.regions=true} keeps the regions, {@code
 * jinguo.reference-copy.organizations=true} the federation organisations. This module migrates
 * each copy's tables ({@link ReferenceCopyTables}), after the service's own migrations, which
 * may have created them before the module did. {@link KnownRegions} and {@link KnownOrganizations}
 * answer what the copies know.
 */
@AutoConfiguration(after = {MessagingAutoConfiguration.class, FlywayAutoConfiguration.class})
public class ReferenceCopyAutoConfiguration {

    /** Migrates a copy's tables once the service's own migrations have run. */
    private static ReferenceCopyTables migrated(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations,
                                                String copy) {
        // Resolved first: it migrates the service's own database as it is created.
        serviceMigrations.getIfAvailable();
        ReferenceCopyTables tables = new ReferenceCopyTables(dataSource, copy);
        tables.migrate();
        return tables;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "jinguo.reference-copy", name = "regions", havingValue = "true")
    static class Regions {

        @Bean
        ReferenceCopyTables regionCopyTables(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
            return migrated(dataSource, serviceMigrations, "regions");
        }

        @Bean
        RegionCopyRepository regionCopyRepository(JdbcClient jdbc) {
            return new RegionCopyRepository(jdbc);
        }

        @Bean
        KnownRegions knownRegions(JdbcClient jdbc) {
            return new KnownRegions(jdbc);
        }

        @Bean
        RegionCopyListener regionCopyListener(Inbox inbox, RegionCopyRepository regions) {
            return new RegionCopyListener(inbox, regions);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "jinguo.reference-copy", name = "organizations", havingValue = "true")
    static class Organizations {

        @Bean
        ReferenceCopyTables organizationCopyTables(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
            return migrated(dataSource, serviceMigrations, "organizations");
        }

        @Bean
        OrganizationCopyRepository organizationCopyRepository(JdbcClient jdbc) {
            return new OrganizationCopyRepository(jdbc);
        }

        @Bean
        KnownOrganizations knownOrganizations(JdbcClient jdbc) {
            return new KnownOrganizations(jdbc);
        }

        @Bean
        OrganizationCopyListener organizationCopyListener(Inbox inbox, OrganizationCopyRepository organizations) {
            return new OrganizationCopyListener(inbox, organizations);
        }
    }
}
