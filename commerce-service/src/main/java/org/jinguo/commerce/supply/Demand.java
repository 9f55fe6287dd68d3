package org.jinguo.commerce.supply;

import java.time.LocalDate;
import java.util.UUID;

/** A buyer's demand: so many units of a product by a deadline, preferably from a town's workshops. */
public record Demand(UUID id, String buyer, UUID productId, int quantity, LocalDate deadline, String preferredTownCode, LocalDate postedOn,
                     long version) {
}
