package org.jinguo.care.child;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.ResidentIdNumberFormat;
import org.jinguo.values.TownCode;
import org.jinguo.values.ResidentIdNumber;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the children API accepts. */
final class ChildRequests {

    private ChildRequests() {
    }

    /** @param registeredOn defaults to today; a case registered in the past is imported with its date */
    record ChildBody(UUID id, @NotNull ChildCategory category, @NotNull @Min(1990) @Max(2100) Integer birthYear,
                     @NotNull GuardianRelation guardianRelation, @Size(max = 200) @PlainText String school,
                     @NotNull @TownCode String townCode, UUID villageId, LocalDate registeredOn,
                     @NotNull @Valid PersonalBody personal) {

        ChildProfile profile() {
            return new ChildProfile(category, birthYear, guardianRelation, school, townCode, villageId);
        }
    }

    /** {@code personal} left out keeps the child's personal data as it is, so that her case can change without it in clear. */
    record ProfileBody(@NotNull ChildCategory category, @NotNull @Min(1990) @Max(2100) Integer birthYear,
                       @NotNull GuardianRelation guardianRelation, @Size(max = 200) @PlainText String school,
                       @NotNull @TownCode String townCode, UUID villageId, @Valid PersonalBody personal) {

        ChildProfile profile() {
            return new ChildProfile(category, birthYear, guardianRelation, school, townCode, villageId);
        }
    }

    /** Only the name is required: the rest is recorded when known. */
    record PersonalBody(@NotBlank @Size(max = 100) @PlainText String name, @ResidentIdNumberFormat String idNumber,
                        @Size(max = 300) @PlainText String address, @MobilePhoneNumber String phone,
                        @Size(max = 100) @PlainText String guardianName, @MobilePhoneNumber String guardianPhone,
                        @Size(max = 2000) String healthNotes) {

        ChildPersonalData toPersonalData(int birthYear) {
            String number = null;
            if (idNumber != null) {
                ResidentIdNumber parsed = ResidentIdNumber.parse(idNumber)
                        .orElseThrow(() -> ApiException.invalid("personal.idNumber", "INVALID_ID_NUMBER"));
                if (parsed.birthYear() != birthYear) {
                    throw ApiException.invalid("birthYear", "BIRTH_YEAR_NOT_IN_ID_NUMBER", parsed.birthYear());
                }
                number = parsed.value();
            }
            return new ChildPersonalData(name.strip(), number, address, phone, guardianName, guardianPhone, healthNotes);
        }
    }

    record AssessmentBody(@NotNull NeedLevel dailyCare, @NotNull NeedLevel education, @NotNull NeedLevel social, @NotNull LocalDate assessedOn) {

        Needs needs() {
            return new Needs(dailyCare, education, social);
        }
    }

    record ConsentBody(@NotNull ConsentKind consent, @NotNull LocalDate givenOn) {
    }

    record WithdrawalBody(@NotNull ConsentKind consent, @NotNull LocalDate withdrawnOn) {
    }

    record ClosureBody(@NotNull CloseReason reason, @NotNull LocalDate closedOn) {
    }

    /** @param purpose why the clear values are needed; kept in the access log */
    record RevealBody(@NotBlank @Size(min = 4, max = 300) @PlainText String purpose) {
    }
}
