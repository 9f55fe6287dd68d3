package org.jinguo.org.cadre;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jinguo.web.validation.PlainText;

/** The bodies the cadres API accepts. */
final class CadreRequests {

    /** A mainland mobile number: 11 digits, starting 13 to 19. */
    static final String MOBILE = "1[3-9][0-9]{9}";

    private CadreRequests() {
    }

    /** @param id optional: an offline-capable client may choose the id */
    record NewCadreBody(
            UUID id,
            @NotBlank @Size(max = 50) @PlainText String nameZh,
            @NotNull CadrePost post,
            @Pattern(regexp = MOBILE) String phone,
            @NotNull LocalDate termStartedOn) {
    }

    record CadreBody(
            @NotBlank @Size(max = 50) @PlainText String nameZh,
            @NotNull CadrePost post,
            @Pattern(regexp = MOBILE) String phone) {
    }

    /** @param termEndedOn the last day of the term */
    record TermEndBody(@NotNull LocalDate termEndedOn) {
    }
}
