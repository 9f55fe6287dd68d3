package org.jinguo.commerce.workshop;

import java.util.List;
import java.util.UUID;

/**
 * What a workshop is and where: {@code hostOrganizationId} and {@code villageId} may be null;
 * {@code products} what its women make, e.g. 肉麦饼.
 */
public record WorkshopProfile(String nameZh, WorkshopKind kind, UUID hostOrganizationId, String townCode, UUID villageId,
                              List<String> products) {
}
