package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.validation.PlainText;

/** The bodies the organisations API accepts. */
final class OrganizationRequests {

    private OrganizationRequests() {
    }

    /**
     * @param id          optional: an offline-capable client may choose the id
     * @param townCode    optional under a parent that has a town: the organisation takes the parent's
     * @param status      PREPARING or ACTIVE
     * @param effectiveOn the day preparation began, or the founding date for an active one
     */
    record NewOrganizationBody(
            UUID id,
            @NotNull OrganizationType type,
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @Size(max = 200) @PlainText String nameEn,
            Industry industry,
            @TownCode String townCode,
            UUID villageId,
            UUID parentId,
            @Size(max = 300) @PlainText String address,
            @NotNull OrganizationStatus status,
            @NotNull LocalDate effectiveOn) {

        OrganizationFounding toFounding() {
            return new OrganizationFounding(id, type, nameZh, blankToNull(nameEn), industry, townCode, villageId, parentId,
                    blankToNull(address), status, effectiveOn);
        }
    }

    record RevisionBody(
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @Size(max = 200) @PlainText String nameEn,
            @Size(max = 300) @PlainText String address) {
    }

    record MoveBody(@NotNull UUID parentId) {
    }

    record ActivationBody(@NotNull LocalDate effectiveOn) {
    }

    /** @param successorId optional: the organisation that takes over the units it covers, from the same day */
    record DissolutionBody(@NotNull LocalDate effectiveOn, UUID successorId) {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
