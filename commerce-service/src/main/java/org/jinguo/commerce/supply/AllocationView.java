package org.jinguo.commerce.supply;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An allocation as the API shows it. */
record AllocationView(UUID id, UUID demandId, UUID capacityId, UUID workshopId, int units, AllocationStatus status, LocalDate chosenOn,
                      @Nullable LocalDate fulfilledOn, long version) {

    static AllocationView of(Allocation allocation) {
        return new AllocationView(allocation.id(), allocation.demandId(), allocation.capacityId(), allocation.workshopId(),
                allocation.units(), allocation.status(), allocation.chosenOn(), allocation.fulfilledOn(), allocation.version());
    }
}
