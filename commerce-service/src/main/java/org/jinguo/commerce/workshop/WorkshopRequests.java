package org.jinguo.commerce.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.validation.PlainText;

/** The bodies the workshops API accepts. */
final class WorkshopRequests {

    private WorkshopRequests() {
    }

    /**
     * @param id       optional: an offline-capable client may choose the id
     * @param openedOn required when opening; ignored on a revision
     */
    record WorkshopBody(
            UUID id,
            @NotBlank @Size(max = 200) @PlainText String nameZh,
            @NotNull WorkshopKind kind,
            UUID hostOrganizationId,
            @NotNull @TownCode String townCode,
            UUID villageId,
            @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> products,
            LocalDate openedOn) {

        WorkshopProfile toProfile() {
            return new WorkshopProfile(nameZh, kind, hostOrganizationId, townCode, villageId, products == null ? List.of() : products);
        }
    }

    record ClosingBody(@NotNull LocalDate closedOn) {
    }
}
