package org.jinguo.commerce.employment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.TownCode;
import org.jinguo.values.MobilePhone;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the employment API accepts. */
final class EmploymentRequests {

    private EmploymentRequests() {
    }

    /**
     * @param personId      training's person id when she came through training, or
     * @param workerId      a worker recorded here
     * @param monthlyPayFen optional, integer fen
     */
    record EmploymentBody(UUID id, UUID personId, UUID workerId, @NotNull LocalDate startedOn,
                          @Min(0) @Max(10_000_000) Long monthlyPayFen) {

        Employee toEmployee() {
            if ((personId == null) == (workerId == null)) {
                throw ApiException.invalid("personId", "PERSON_OR_WORKER");
            }
            return new Employee(personId, workerId);
        }
    }

    record EndingBody(@NotNull LocalDate endedOn) {
    }

    /** @param phone optional: a mainland mobile number */
    record WorkerBody(UUID id, @NotBlank @Size(max = 100) @PlainText String nameZh, @MobilePhoneNumber String phone,
                      @NotNull @TownCode String townCode) {

        MobilePhone mobilePhone() {
            return phone == null ? null : MobilePhone.parse(phone).orElseThrow();
        }
    }
}
