package org.jinguo.commerce.market;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the market-events API accepts. */
final class MarketRequests {

    private MarketRequests() {
    }

    /**
     * @param endsOn   optional: the last day of an event that lasts several days
     * @param townCode optional: an event without a town (the expo) counts city-wide only
     */
    record MarketEventBody(UUID id, @NotNull MarketKind kind, @NotBlank @Size(max = 200) @PlainText String name,
                           @NotNull LocalDate heldOn, LocalDate endsOn, @NotBlank @Size(max = 200) @PlainText String place,
                           @Size(max = 200) @PlainText String organizer, @TownCode String townCode) {

        MarketEvent toEvent() {
            if (endsOn != null && endsOn.isBefore(heldOn)) {
                throw ApiException.invalid("endsOn", "ENDS_BEFORE_HELD");
            }
            return new MarketEvent(id == null ? UuidV7.next() : id, kind, name, heldOn, endsOn, place, organizer, townCode, 1);
        }
    }

    /** A workshop's stall ({@code workshopId}) or another vendor's ({@code vendorName}). */
    record StallBody(UUID workshopId, @Size(max = 200) @PlainText String vendorName) {

        String vendor() {
            boolean named = vendorName != null && !vendorName.isBlank();
            if ((workshopId == null) == !named) {
                throw ApiException.invalid("workshopId", "WORKSHOP_OR_VENDOR");
            }
            return named ? vendorName : null;
        }
    }

    /**
     * @param amountFen  1 fen to 1,000,000 yuan
     * @param externalId optional: the seller's own reference; recording it again changes nothing
     */
    record SaleBody(@NotNull @Min(1) @Max(100_000_000) Long amountFen, @NotNull @Min(0) @Max(1_000_000) Integer items,
                    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{org.jinguo.web.validation.ExternalId.message}")
                    String externalId) {
    }
}
