package org.jinguo.training.person;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.values.MobilePhone;
import org.jinguo.values.ResidentIdNumber;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the people API accepts. */
final class PersonRequests {

    private PersonRequests() {
    }

    /**
     * @param id        optional: an offline-capable client may choose the id
     * @param phone     a mainland mobile number
     * @param idNumber  optional: an 18-character resident ID number (GB 11643)
     * @param birthYear optional; taken from the ID number when left out, and must agree with it
     */
    record PersonBody(
            UUID id,
            @NotBlank @Size(max = 50) @PlainText String nameZh,
            @NotNull String phone,
            String idNumber,
            @NotNull @TownCode String townCode,
            UUID villageId,
            @Min(1900) @Max(2100) Integer birthYear) {

        PersonDetails toDetails() {
            MobilePhone mobile = MobilePhone.parse(phone).orElseThrow(() -> ApiException.invalid("phone", "INVALID_MOBILE_PHONE"));
            ResidentIdNumber resident = idNumber == null || idNumber.isBlank() ? null
                    : ResidentIdNumber.parse(idNumber).orElseThrow(() -> ApiException.invalid("idNumber", "INVALID_ID_NUMBER"));
            Integer year = birthYear != null || resident == null ? birthYear : Integer.valueOf(resident.birthYear());
            return new PersonDetails(nameZh, mobile, resident, townCode, villageId, year);
        }
    }
}
