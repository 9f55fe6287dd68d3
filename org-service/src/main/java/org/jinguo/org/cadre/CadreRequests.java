package org.jinguo.org.cadre;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.web.validation.PlainText;

/** The bodies the cadres API accepts. */
final class CadreRequests {

    private CadreRequests() {
    }

    /** @param id optional: an offline-capable client may choose the id */
    record NewCadreBody(
            UUID id,
            @NotBlank @Size(max = 50) @PlainText String nameZh,
            @NotNull CadrePost post,
            @MobilePhoneNumber String phone,
            @NotNull LocalDate termStartedOn) {
    }

    record CadreBody(
            @NotBlank @Size(max = 50) @PlainText String nameZh,
            @NotNull CadrePost post,
            @MobilePhoneNumber String phone) {
    }

    /** @param termEndedOn the last day of the term */
    record TermEndBody(@NotNull LocalDate termEndedOn) {
    }
}
