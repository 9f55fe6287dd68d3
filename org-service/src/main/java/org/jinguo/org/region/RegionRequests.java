package org.jinguo.org.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the regions API accepts. */
final class RegionRequests {

    private RegionRequests() {
    }

    record TownBody(
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @NotBlank @Size(max = 100) @PlainText String nameEn,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull @Size(max = 30) List<@NotNull @TownCode String> neighborTownCodes) {

        TownRevision toRevision() {
            return new TownRevision(nameZh, nameEn, location(latitude, longitude), neighborTownCodes);
        }
    }

    /** @param id optional: an offline-capable client may choose the id */
    record NewVillageBody(
            UUID id,
            @NotNull VillageKind kind,
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @Size(max = 100) @PlainText String nameEn,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

        VillageRegistration toRegistration() {
            return new VillageRegistration(id, kind, nameZh, blankToNull(nameEn), location(latitude, longitude));
        }
    }

    record VillageBody(
            @NotNull VillageKind kind,
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @Size(max = 100) @PlainText String nameEn,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

        VillageRevision toRevision() {
            return new VillageRevision(kind, nameZh, blankToNull(nameEn), location(latitude, longitude));
        }
    }

    /** @param effectiveOn the local date from which the village no longer exists */
    record RetirementBody(@NotNull LocalDate effectiveOn) {
    }

    private static Coordinates location(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw ApiException.invalid(latitude == null ? "latitude" : "longitude", "COORDINATES_INCOMPLETE");
        }
        return Coordinates.ofNullable(latitude, longitude);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
