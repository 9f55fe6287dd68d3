package org.jinguo.commerce.market;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A market event held on {@code heldOn} (to {@code endsOn} when it lasts several days), where
 * and by whom; {@code townCode} null for one that belongs to no town, like the expo.
 */
public record MarketEvent(UUID id, MarketKind kind, String name, LocalDate heldOn, @Nullable LocalDate endsOn, String place,
                          @Nullable String organizer, @Nullable String townCode, long version) {
}
