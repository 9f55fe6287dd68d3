package org.jinguo.commerce.product;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A product women make, e.g. 肉麦饼; {@code flagship} when it is its town's "one town, one
 * product" (one per town); {@code brandId} when sold under a brand.
 */
public record Product(UUID id, String nameZh, @Nullable String townCode, @Nullable UUID brandId, boolean flagship,
                      @Nullable String description, long version) {
}
