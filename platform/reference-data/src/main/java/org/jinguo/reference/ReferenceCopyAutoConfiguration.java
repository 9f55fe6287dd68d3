package org.jinguo.reference;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.NewTopic;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.WorkshopChangedV1;
import org.jinguo.events.org.OrganizationChangedV1;
import org.jinguo.events.org.OrganizationEvents;
import org.jinguo.events.org.RegionEvents;
import org.jinguo.events.org.TownChangedV1;
import org.jinguo.events.org.VillageChangedV1;
import org.jinguo.messaging.MessagingAutoConfiguration;
import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.inbox.InboxListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;

/**
 * A service's local copies of reference data (ADR 7, ADR 11), each turned on by
 * {@code jinguo.reference-copy.<copy>=true}: {@code regions} and {@code organizations} from
 * org-service, {@code workshops} from commerce-service. Each copy's tables are migrated by this
 * module ({@link ReferenceCopyTables}) after the service's own migrations, kept by a listener read
 * from the start of its compacted topic, and queried through {@link KnownRegions},
 * {@link KnownOrganizations} and {@link KnownWorkshops}. Event types this version does not know
 * are skipped.
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

    /** {@code region_town}, {@code region_town_neighbor} and {@code region_village}, from {@code org.regions}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "jinguo.reference-copy", name = "regions", havingValue = "true")
    static class Regions {

        @Bean
        ReferenceCopyTables regionCopyTables(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
            return migrated(dataSource, serviceMigrations, "regions");
        }

        @Bean
        KnownRegions knownRegions(JdbcClient jdbc) {
            return new KnownRegions(jdbc);
        }

        @Bean
        InboxListener regionCopyListener(Inbox inbox, JdbcClient jdbc) {
            RegionCopyRepository regions = new RegionCopyRepository(jdbc);
            return inbox.listener(RegionEvents.TOPIC, "region-copy")
                    .on(RegionEvents.TOWN_CHANGED, TownChangedV1.class, regions::keep)
                    .on(RegionEvents.VILLAGE_CHANGED, VillageChangedV1.class, regions::keep);
        }
    }

    /** {@code organization_copy}, from {@code org.organizations}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "jinguo.reference-copy", name = "organizations", havingValue = "true")
    static class Organizations {

        @Bean
        ReferenceCopyTables organizationCopyTables(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
            return migrated(dataSource, serviceMigrations, "organizations");
        }

        @Bean
        KnownOrganizations knownOrganizations(JdbcClient jdbc) {
            return new KnownOrganizations(jdbc);
        }

        @Bean
        InboxListener organizationCopyListener(Inbox inbox, JdbcClient jdbc) {
            return inbox.listener(OrganizationEvents.TOPIC, "organization-copy")
                    .on(OrganizationEvents.ORGANIZATION_CHANGED, OrganizationChangedV1.class, new OrganizationCopyRepository(jdbc)::keep);
        }
    }

    /** {@code workshop_copy}, from {@code commerce.workshops}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "jinguo.reference-copy", name = "workshops", havingValue = "true")
    static class Workshops {

        @Bean
        ReferenceCopyTables workshopCopyTables(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
            return migrated(dataSource, serviceMigrations, "workshops");
        }

        /**
         * Declared as commerce-service declares it, so that whichever service starts first, the
         * topic is compacted (a copy rebuilt from the start needs each workshop's latest state).
         */
        @Bean
        NewTopic workshopsTopic() {
            return TopicBuilder.name(CommerceEvents.WORKSHOPS_TOPIC).partitions(3).compact().build();
        }

        @Bean
        KnownWorkshops knownWorkshops(JdbcClient jdbc) {
            return new KnownWorkshops(jdbc);
        }

        @Bean
        InboxListener workshopCopyListener(Inbox inbox, JdbcClient jdbc) {
            return inbox.listener(CommerceEvents.WORKSHOPS_TOPIC, "workshop-copy")
                    .on(CommerceEvents.WORKSHOP_CHANGED, WorkshopChangedV1.class, new WorkshopCopyRepository(jdbc)::keep);
        }
    }
}
