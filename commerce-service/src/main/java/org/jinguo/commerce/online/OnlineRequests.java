package org.jinguo.commerce.online;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;
import tools.jackson.databind.JsonNode;

/** The bodies the online-sales API accepts. */
final class OnlineRequests {

    /** A partner client's id, as identity-service registers them. */
    private static final String CLIENT_ID = "[A-Za-z0-9._-]{1,100}";
    private static final String IDENTIFIER = "{org.jinguo.web.validation.Identifier.message}";

    private OnlineRequests() {
    }

    /**
     * @param ownerWorkshopId the owning workshop, or
     * @param ownerBrand      the owning brand's name
     * @param partnerClients  the partner clients (their client ids) authorised to post and read its sales
     */
    record AccountBody(UUID id, @NotNull Platform platform, @NotBlank @Size(max = 100) @PlainText String accountName, UUID ownerWorkshopId,
                       @Size(max = 100) @PlainText String ownerBrand,
                       @Size(max = 20) Set<@NotNull @Pattern(regexp = CLIENT_ID, message = IDENTIFIER) String> partnerClients) {

        String brand() {
            boolean named = ownerBrand != null && !ownerBrand.isBlank();
            if ((ownerWorkshopId == null) == !named) {
                throw ApiException.invalid("ownerWorkshopId", "WORKSHOP_OR_BRAND");
            }
            return named ? ownerBrand : null;
        }

        Set<String> partners() {
            return partnerClients == null ? Set.of() : partnerClients;
        }
    }

    record PartnersBody(@NotNull @Size(max = 20) Set<@NotNull @Pattern(regexp = CLIENT_ID, message = IDENTIFIER) String> partnerClients) {
    }

    record SessionBody(UUID id, @NotBlank @Size(max = 100) @PlainText String host, @NotNull OffsetDateTime startsAt,
                       @NotNull OffsetDateTime endsAt) {
    }

    /**
     * @param records up to 10,000 sales and refunds, each {@link SaleRecord}; each is read and checked on its own, and refused
     *                records are reported
     */
    record BatchBody(@NotNull UUID batchId,
                     @NotNull @Size(min = 1, max = OnlineSalesService.MAX_BATCH)
                     @ArraySchema(schema = @Schema(implementation = SaleRecord.class)) List<JsonNode> records) {
    }
}
