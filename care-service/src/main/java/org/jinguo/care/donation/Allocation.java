package org.jinguo.care.donation;

import java.time.LocalDate;
import java.util.UUID;

/** Part of a donation given to a child or a household. */
record Allocation(UUID id, UUID donationId, UUID childId, UUID householdId, long valueFen, LocalDate allocatedOn) {
}
