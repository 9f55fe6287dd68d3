package org.jinguo.care.mother;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A caring mother as the API shows her, personal data masked unless revealed. */
record MotherView(UUID id, @Nullable UUID personId, @Nullable String accountSubject, MotherPersonalData personal, MotherProfile profile,
                  MotherStatus status, LocalDate statusEffectiveOn, LocalDate registeredOn, long version) {

    static MotherView of(CaringMother mother, MotherPersonalData personal) {
        return new MotherView(mother.id(), mother.personId(), mother.accountSubject(), personal, mother.profile(), mother.status(),
                mother.statusEffectiveOn(), mother.registeredOn(), mother.version());
    }
}
