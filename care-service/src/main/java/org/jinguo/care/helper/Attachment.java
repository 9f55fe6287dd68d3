package org.jinguo.care.helper;

import java.time.LocalDate;
import java.util.UUID;

/** A helper supporting a caring mother (and so her matched children) or one child, from a day until detached. */
record Attachment(UUID id, UUID helperId, UUID motherId, UUID childId, LocalDate attachedOn, LocalDate detachedOn) {
}
