package org.jinguo.commerce.product;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A brand name, owned by a workshop (in its town) or city-wide. */
public record Brand(UUID id, String nameZh, @Nullable UUID ownerWorkshopId, @Nullable String townCode, long version) {
}
