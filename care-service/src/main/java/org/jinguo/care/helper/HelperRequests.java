package org.jinguo.care.helper;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.TownCode;
import org.jinguo.web.validation.PlainText;

final class HelperRequests {

    private HelperRequests() {
    }

    /** @param accountSubject the login (token subject) the helper logs visits with */
    record HelperBody(UUID id, @NotNull HelperKind kind, @NotBlank @Size(max = 100) @PlainText String name,
                      @MobilePhoneNumber String phone, @Size(max = 200) @PlainText String accountSubject,
                      @NotNull @TownCode String townCode, LocalDate registeredOn) {
    }

    /** Exactly one of motherId and childId. */
    record AttachmentBody(UUID motherId, UUID childId, @NotNull LocalDate attachedOn) {
    }

    record DetachmentBody(@NotNull LocalDate detachedOn) {
    }

    record LeavingBody(@NotNull LocalDate leftOn) {
    }
}
