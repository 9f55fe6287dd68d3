package org.jinguo.commerce.market;

import java.util.UUID;

/** A stall at a market event: a workshop's, or another vendor's by name. */
public record Stall(UUID id, UUID eventId, UUID workshopId, String vendorName) {
}
