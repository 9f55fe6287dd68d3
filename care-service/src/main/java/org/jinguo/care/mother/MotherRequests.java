package org.jinguo.care.mother;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.ResidentIdNumberFormat;
import org.jinguo.values.TownCode;
import org.jinguo.values.ResidentIdNumber;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the caring-mother API accepts. */
final class MotherRequests {

    private MotherRequests() {
    }

    /**
     * @param personId       training's person id, where she trained: a CARING_MOTHER completion then certifies her
     * @param accountSubject the login (token subject) she uses in the mobile app
     * @param capacity       children at once, default 1
     * @param registeredOn   defaults to today
     */
    record MotherBody(UUID id, UUID personId, @Size(max = 200) @PlainText String accountSubject, @NotNull @Valid PersonalBody personal,
                      @NotNull @Valid ProfileBody profile, LocalDate registeredOn) {
    }

    /** {@code personal} left out keeps her personal data as it is, so that her profile can change without it in clear. */
    record RevisionBody(@Size(max = 200) @PlainText String accountSubject, @Valid PersonalBody personal,
                        @NotNull @Valid ProfileBody profile) {
    }

    record PersonalBody(@NotBlank @Size(max = 100) @PlainText String name, @MobilePhoneNumber String phone,
                        @ResidentIdNumberFormat String idNumber, @Size(max = 300) @PlainText String address) {

        MotherPersonalData toPersonalData() {
            String number = idNumber == null ? null : ResidentIdNumber.parse(idNumber)
                    .orElseThrow(() -> ApiException.invalid("personal.idNumber", "INVALID_ID_NUMBER")).value();
            return new MotherPersonalData(name.strip(), phone, number, address);
        }
    }

    /** @param latitude her approximate home; kept rounded to 0.01° */
    record ProfileBody(@NotEmpty @Size(max = 7) List<@NotNull Skill> skills, @NotNull @TownCode String townCode,
                       UUID villageId, @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                       @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude, @Min(1) @Max(10) Integer capacity,
                       @Size(max = 3) List<@NotNull Availability> availability, @Min(0) @Max(18) Integer preferredAgeMin,
                       @Min(0) @Max(18) Integer preferredAgeMax, LocalDate safeguardingCheckedOn) {

        MotherProfile toProfile() {
            if ((latitude == null) != (longitude == null)) {
                throw ApiException.invalid("latitude", "COORDINATES_IN_PAIRS");
            }
            if (preferredAgeMin != null && preferredAgeMax != null && preferredAgeMin > preferredAgeMax) {
                throw ApiException.invalid("preferredAgeMax", "MAX_BELOW_MIN");
            }
            return new MotherProfile(skills.stream().distinct().sorted().toList(), townCode, villageId, rounded(latitude), rounded(longitude),
                    capacity == null ? 1 : capacity, availability == null ? List.of() : availability.stream().distinct().sorted().toList(),
                    preferredAgeMin, preferredAgeMax, safeguardingCheckedOn);
        }

        private static BigDecimal rounded(BigDecimal degrees) {
            return degrees == null ? null : degrees.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** @param reason optional, e.g. why she pauses or withdraws */
    record StatusBody(@NotNull MotherStatus status, @NotNull LocalDate effectiveOn, @Size(max = 300) @PlainText String reason) {
    }

    record RevealBody(@NotBlank @Size(min = 4, max = 300) @PlainText String purpose) {
    }
}
