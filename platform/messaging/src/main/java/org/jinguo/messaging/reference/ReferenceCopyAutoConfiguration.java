package org.jinguo.messaging.reference;

import org.jinguo.messaging.MessagingAutoConfiguration;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Local copies of org-service's reference data (ADR 7), for the services that validate against
 * it: {@code jinguo.reference-copy.regions=true} keeps the regions, {@code
 * jinguo.reference-copy.organizations=true} the federation organisations. The service's own
 * migrations create the tables (see {@link RegionCopyRepository}, {@link OrganizationCopyRepository}).
 * {@link KnownRegions} and {@link KnownOrganizations} answer what the copies know.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
public class ReferenceCopyAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "jinguo.reference-copy", name = "regions", havingValue = "true")
    static class Regions {

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
