package org.jinguo.care.household;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record HouseholdView(UUID id, String townCode, @Nullable UUID villageId, boolean newResident, boolean inHardship,
                     HouseholdPersonalData personal, LocalDate registeredOn, long version) {

    static HouseholdView of(Household household, HouseholdPersonalData personal) {
        return new HouseholdView(household.id(), household.townCode(), household.villageId(), household.newResident(), household.inHardship(),
                personal, household.registeredOn(), household.version());
    }
}
