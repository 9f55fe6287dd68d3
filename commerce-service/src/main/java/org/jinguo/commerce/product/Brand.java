package org.jinguo.commerce.product;

import java.util.UUID;

/** A brand name, owned by a workshop (in its town) or city-wide. */
public record Brand(UUID id, String nameZh, UUID ownerWorkshopId, String townCode, long version) {
}
