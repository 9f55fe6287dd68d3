package org.jinguo.care.donation;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Goods or money received, with its value in fen (the agreed valuation, for goods).
 *
 * @param townCode null for the city's own donations, counted in the city report only
 * @param allocatedFen what has been given out of it so far
 */
record Donation(UUID id, DonationKind kind, String donorName, DonorKind donorKind, String description, long valueFen, LocalDate receivedOn,
                @Nullable String townCode, long allocatedFen) {

    @JsonProperty
    long remainingFen() {
        return valueFen - allocatedFen;
    }
}
