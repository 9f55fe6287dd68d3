package org.jinguo.commerce.market;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stall at a market event: a workshop's, or another vendor's by name. */
public record Stall(UUID id, UUID eventId, @Nullable UUID workshopId, @Nullable String vendorName) {
}
