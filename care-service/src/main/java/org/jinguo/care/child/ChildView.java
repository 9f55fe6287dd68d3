package org.jinguo.care.child;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case as the API shows it. {@code personal} is masked unless revealed, and null once the case
 * was erased ({@code erased} true).
 */
record ChildView(UUID id, String caseNumber, ChildCategory category, @Nullable Needs needs, int birthYear,
                 GuardianRelation guardianRelation, @Nullable String school, String townCode, @Nullable UUID villageId, ChildStatus status,
                 LocalDate registeredOn, @Nullable LocalDate assessedOn, @Nullable LocalDate closedOn, @Nullable CloseReason closeReason,
                 Consent serviceConsent, Consent sharingConsent, @Nullable ChildPersonalData personal, boolean erased, long version) {

    static ChildView of(Child child, ChildPersonalData personal) {
        ChildProfile profile = child.profile();
        return new ChildView(child.id(), child.caseNumber(), profile.category(), child.needs(), profile.birthYear(), profile.guardianRelation(),
                profile.school(), profile.townCode(), profile.villageId(), child.status(), child.registeredOn(), child.assessedOn(),
                child.closedOn(), child.closeReason(), child.consent(ConsentKind.SERVICE), child.consent(ConsentKind.SHARING), personal,
                child.erased(), child.version());
    }
}
