package org.jinguo.care.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A visit or service record for a child.
 *
 * @param loggedBy the login that recorded it
 * @param notes    clear notes, or null (none, or not for this reader, or the case erased)
 */
record Visit(UUID id, UUID childId, UUID motherId, @Nullable UUID helperId, String loggedBy, VisitKind kind, LocalDate visitedOn,
             int durationMinutes, @Nullable String notes, String townCode, Instant recordedAt) {

    Visit withNotes(String shownNotes) {
        return new Visit(id, childId, motherId, helperId, loggedBy, kind, visitedOn, durationMinutes, shownNotes, townCode, recordedAt);
    }
}
