package org.jinguo.commerce.market;

import java.util.UUID;

/** What a stall sold: the sum of its sales, in fen, and the items. */
public record StallTotal(UUID stallId, UUID workshopId, String vendorName, long salesFen, long items, long sales) {
}
