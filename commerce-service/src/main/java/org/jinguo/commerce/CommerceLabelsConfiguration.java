package org.jinguo.commerce;

import org.jinguo.commerce.market.MarketKind;
import org.jinguo.commerce.online.Platform;
import org.jinguo.commerce.online.SaleKind;
import org.jinguo.commerce.product.RecognitionKind;
import org.jinguo.commerce.product.RecognitionLevel;
import org.jinguo.commerce.supply.AllocationStatus;
import org.jinguo.commerce.workshop.WorkshopKind;
import org.jinguo.commerce.workshop.WorkshopStatus;
import org.jinguo.web.labels.EnumLabelCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every enumeration commerce-service exposes, labelled at GET /api/v1/labels/commerce (labels*.properties). */
@Configuration(proxyBeanMethods = false)
class CommerceLabelsConfiguration {

    @Bean
    EnumLabelCatalog commerceEnumLabels() {
        return EnumLabelCatalog.of(WorkshopKind.class, MarketKind.class, Platform.class, RecognitionKind.class,
                RecognitionLevel.class, AllocationStatus.class, WorkshopStatus.class, SaleKind.class);
    }
}
