package org.jinguo.care.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A family-dispute mediation case as shown: its parties masked, the outcome's notes shown to staff only.
 *
 * @param parties null when they can no longer be read
 */
record MediationCase(UUID id, String caseNumber, DisputeKind kind, List<Party> parties, String townCode, LocalDate openedOn,
                     MediationStatus status, @Nullable MediationOutcome outcome, @Nullable String outcomeNotes,
                     @Nullable LocalDate closedOn, long version) {

    MediationCase withoutNotes() {
        return new MediationCase(id, caseNumber, kind, parties, townCode, openedOn, status, outcome, null, closedOn, version);
    }

    MediationCase withoutParties() {
        return new MediationCase(id, caseNumber, kind, null, townCode, openedOn, status, outcome, null, closedOn, version);
    }
}
