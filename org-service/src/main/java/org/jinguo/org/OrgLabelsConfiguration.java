package org.jinguo.org;

import org.jinguo.org.cadre.CadrePost;
import org.jinguo.org.coverage.CoverageGrouping;
import org.jinguo.org.coverage.EstablishmentMode;
import org.jinguo.org.organization.Industry;
import org.jinguo.org.organization.OrganizationStatus;
import org.jinguo.org.organization.OrganizationType;
import org.jinguo.org.region.TownKind;
import org.jinguo.org.region.VillageKind;
import org.jinguo.org.region.VillageStatus;
import org.jinguo.org.unit.UnitDomain;
import org.jinguo.web.labels.EnumLabelCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every enumeration org-service exposes, labelled at GET /api/v1/labels/org (labels*.properties). */
@Configuration(proxyBeanMethods = false)
class OrgLabelsConfiguration {

    @Bean
    EnumLabelCatalog orgEnumLabels() {
        return EnumLabelCatalog.of(TownKind.class, VillageKind.class, VillageStatus.class, OrganizationType.class,
                OrganizationStatus.class, Industry.class, UnitDomain.class, EstablishmentMode.class, CoverageGrouping.class,
                CadrePost.class);
    }
}
