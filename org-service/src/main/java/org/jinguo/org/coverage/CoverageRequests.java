package org.jinguo.org.coverage;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The bodies the coverage API accepts. */
final class CoverageRequests {

    private CoverageRequests() {
    }

    record NewCoverageBody(@NotNull UUID organizationId, @NotNull EstablishmentMode mode, @NotNull LocalDate startedOn) {
    }

    /** @param endedOn the last day the unit is covered */
    record EndBody(@NotNull LocalDate endedOn) {
    }
}
