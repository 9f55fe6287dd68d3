package org.jinguo.care.helper;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A helper supporting a caring mother (and so her matched children) or one child, from a day until detached. */
record Attachment(UUID id, UUID helperId, @Nullable UUID motherId, @Nullable UUID childId, LocalDate attachedOn,
                  @Nullable LocalDate detachedOn) {
}
