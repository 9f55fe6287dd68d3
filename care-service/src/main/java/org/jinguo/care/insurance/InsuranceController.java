package org.jinguo.care.insurance;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.ResidentIdNumberFormat;
import org.jinguo.values.TownCode;
import org.jinguo.values.ResidentIdNumber;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Wellbeing insurance", description = "The women's wellbeing insurance (女性安康保险): programme years, eligibility, enrolments")
@RequiredArgsConstructor
class InsuranceController {

    private final InsuranceService insurance;

    /** @param incomeLimitFen the highest monthly household income per head, in fen, of an eligible woman */
    record ProgrammeBody(@NotNull @Min(2000) @Max(2999) Integer year, @NotBlank @Size(max = 200) @PlainText String name,
                         @NotNull @Min(1) @Max(100_000_000) Long premiumFen, @NotNull @Min(1) @Max(100_000_000) Long incomeLimitFen,
                         @NotNull @Min(16) @Max(100) Integer minAge, @NotNull @Min(16) @Max(100) Integer maxAge) {
    }

    /** @param personId training's person id, where she trained */
    record EnrolmentBody(UUID id, @NotNull UUID programmeId, UUID personId, @NotBlank @Size(max = 100) @PlainText String name,
                         @NotNull @ResidentIdNumberFormat String idNumber, @MobilePhoneNumber String phone,
                         @NotNull @Min(0) @Max(100_000_000) Long monthlyIncomePerCapitaFen,
                         @NotNull @TownCode String townCode, LocalDate appliedOn) {

        InsuredPersonalData personal() {
            ResidentIdNumber number = ResidentIdNumber.parse(idNumber).orElseThrow(() -> ApiException.invalid("idNumber", "INVALID_ID_NUMBER"));
            return new InsuredPersonalData(name.strip(), number.value(), phone);
        }

        int birthYear() {
            return ResidentIdNumber.parse(idNumber).orElseThrow().birthYear();
        }
    }

    record EnrolledBody(@NotNull LocalDate enrolledOn) {
    }

    record RejectedBody(@NotBlank @Size(max = 300) @PlainText String reason) {
    }

    record CancelledBody(@NotNull LocalDate cancelledOn) {
    }

    @PostMapping("/api/v1/insurance-programmes")
    @Creates
    @Operation(summary = "Open a programme year", description = "One per year. CITY_ADMIN and CARE_STAFF.")
    ResponseEntity<Programme> open(@Valid @RequestBody ProgrammeBody body) {
        Programme programme = insurance.open(body.year(), body.name(), body.premiumFen(), body.incomeLimitFen(), body.minAge(), body.maxAge());
        return ResponseEntity.created(URI.create("/api/v1/insurance-programmes/" + programme.id())).body(programme);
    }

    @GetMapping("/api/v1/insurance-programmes")
    @Operation(summary = "Programme years, newest first")
    List<Programme> programmes() {
        return insurance.programmes();
    }

    @PostMapping("/api/v1/insurance-enrolments")
    @Creates
    @Operation(operationId = "applyForInsurance",
            summary = "Apply for a woman", description = "Eligible (income per head at most the programme's limit, age in its range "
            + "in the programme year, from her ID number) she is APPLIED; otherwise 422 NOT_ELIGIBLE with each reason, and nothing kept. "
            + "A woman is enrolled once a year. Accepts Idempotency-Key.")
    ResponseEntity<InsuranceEnrolmentView> apply(@Valid @RequestBody EnrolmentBody body) {
        InsuredPersonalData personal = body.personal();
        InsuranceEnrolmentView enrolment = insurance.apply(body.id(), body.programmeId(), body.personId(), personal, body.birthYear(),
                body.monthlyIncomePerCapitaFen(), body.townCode(), body.appliedOn());
        return Versions.created(URI.create("/api/v1/insurance-enrolments/" + enrolment.id()), enrolment, enrolment.version());
    }

    @GetMapping("/api/v1/insurance-enrolments")
    @Operation(summary = "Enrolments, masked", description = "Filter by programmeId, townCode, status.")
    Page<InsuranceEnrolmentView> enrolments(@RequestParam(required = false) UUID programmeId,
                                   @RequestParam(required = false) @TownCode String townCode,
                                   @RequestParam(required = false) InsuranceEnrolmentStatus status, PageQuery page) {
        return insurance.enrolments(programmeId, townCode, status, page);
    }

    @GetMapping("/api/v1/insurance-enrolments/{id}")
    @Operation(summary = "One enrolment, masked, with its ETag")
    ResponseEntity<InsuranceEnrolmentView> enrolment(@PathVariable UUID id) {
        return versioned(insurance.enrolment(id));
    }

    @PostMapping("/api/v1/insurance-enrolments/{id}/enrolment")
    @Operation(operationId = "enrolInInsurance",
            summary = "The insurer accepted her: covered from the day to the end of the programme year", description = "If-Match required.")
    ResponseEntity<InsuranceEnrolmentView> enrol(@PathVariable UUID id, @Valid @RequestBody EnrolledBody body, ExpectedVersion expected) {
        return versioned(insurance.enrol(id, expected.value(), body.enrolledOn()));
    }

    @PostMapping("/api/v1/insurance-enrolments/{id}/rejection")
    @Operation(summary = "The insurer refused her", description = "If-Match required.")
    ResponseEntity<InsuranceEnrolmentView> reject(@PathVariable UUID id, @Valid @RequestBody RejectedBody body, ExpectedVersion expected) {
        return versioned(insurance.reject(id, expected.value(), body.reason()));
    }

    @PostMapping("/api/v1/insurance-enrolments/{id}/cancellation")
    @Operation(summary = "End her cover early, on the day (inclusive)", description = "If-Match required.")
    ResponseEntity<InsuranceEnrolmentView> cancel(@PathVariable UUID id, @Valid @RequestBody CancelledBody body, ExpectedVersion expected) {
        return versioned(insurance.cancel(id, expected.value(), body.cancelledOn()));
    }

    private static ResponseEntity<InsuranceEnrolmentView> versioned(InsuranceEnrolmentView enrolment) {
        return Versions.ok(enrolment, enrolment.version());
    }
}
