package org.jinguo.commerce.supply;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the supply-and-demand API accepts. */
final class SupplyRequests {

    private SupplyRequests() {
    }

    /** @param buyer staff name the buyer; a partner client posts as itself and leaves it out */
    record DemandBody(UUID id, @Size(max = 200) @PlainText String buyer, @NotNull UUID productId,
                      @NotNull @Min(1) @Max(10_000_000) Integer quantity, @NotNull LocalDate deadline,
                      @TownCode String preferredTownCode) {
    }

    record CapacityBody(@NotNull UUID productId, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                        @NotNull @Min(1) @Max(10_000_000) Integer units) {

        void requireOrdered() {
            if (periodEnd.isBefore(periodStart)) {
                throw ApiException.invalid("periodEnd", "PERIOD_REVERSED");
            }
        }
    }

    record AllocationBody(@NotNull UUID capacityId, @NotNull @Min(1) @Max(10_000_000) Integer units) {
    }

    record FulfilmentBody(@NotNull LocalDate fulfilledOn) {
    }
}
