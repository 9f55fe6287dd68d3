package org.jinguo.commerce.market;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a stall sold: the sum of its sales, in fen, and the items. */
public record StallTotal(UUID stallId, @Nullable UUID workshopId, @Nullable String vendorName, long salesFen, long items, long sales) {
}
