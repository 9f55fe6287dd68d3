package org.jinguo.care.donation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Part of a donation given to a child or a household. */
record Allocation(UUID id, UUID donationId, @Nullable UUID childId, @Nullable UUID householdId, long valueFen, LocalDate allocatedOn) {
}
