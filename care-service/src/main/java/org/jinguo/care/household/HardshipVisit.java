package org.jinguo.care.household;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A visit to a family in hardship; its notes are sealed under the household's key. */
record HardshipVisit(UUID id, UUID householdId, LocalDate visitedOn, String visitedBy, SupportKind support, @Nullable String notes,
                     String townCode) {

    HardshipVisit withNotes(String shown) {
        return new HardshipVisit(id, householdId, visitedOn, visitedBy, support, shown, townCode);
    }

    HardshipVisit withoutNotes() {
        return withNotes(null);
    }
}
