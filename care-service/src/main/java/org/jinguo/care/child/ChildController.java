package org.jinguo.care.child;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.ResidentIdNumberFormat;
import org.jinguo.values.TownCode;
import org.jinguo.care.child.ChildRequests.AssessmentBody;
import org.jinguo.care.child.ChildRequests.ChildBody;
import org.jinguo.care.child.ChildRequests.ClosureBody;
import org.jinguo.care.child.ChildRequests.ConsentBody;
import org.jinguo.care.child.ChildRequests.ProfileBody;
import org.jinguo.care.child.ChildRequests.RevealBody;
import org.jinguo.care.child.ChildRequests.WithdrawalBody;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.UpdatedSince;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Children", description = "Children's cases: needs, consents and status; personal data sealed and masked, revealed with a purpose")
@RequiredArgsConstructor
class ChildController {

    private final ChildService children;

    @PostMapping("/api/v1/children")
    @Creates
    @Operation(summary = "Register a child's case", description = "Gets a case number CC-<year>-<n>. Personal data is sealed under the "
            + "child's own key and answered masked. An ID number already registered is refused. Accepts Idempotency-Key.")
    ResponseEntity<ChildView> register(@Valid @RequestBody ChildBody body) {
        ChildView child = children.register(body.id(), body.profile(), body.registeredOn(), body.personal().toPersonalData(body.birthYear()));
        return Versions.created(URI.create("/api/v1/children/" + child.id()), child, child.version());
    }

    @GetMapping("/api/v1/children")
    @Operation(summary = "Children's cases, personal data masked", description = "Staff see their town's (city-wide staff all); a caring "
            + "mother or helper the children she cares for; a partner the cases whose consent to share holds today. Staff may look a "
            + "child up by idNumber or phone (matched by keyed hash). updatedSince gives only the cases changed since.")
    Page<ChildView> children(@RequestParam(required = false) ChildStatus status, @RequestParam(required = false) ChildCategory category,
                             @RequestParam(required = false) @TownCode String townCode,
                             @RequestParam(required = false) @ResidentIdNumberFormat String idNumber,
                             @RequestParam(required = false) @MobilePhoneNumber String phone,
                             UpdatedSince updatedSince,
                             PageQuery page) {
        return children.children(status, category, townCode, idNumber, phone, updatedSince.moment(), page);
    }

    @GetMapping("/api/v1/children/{id}")
    @Operation(summary = "One case, personal data masked, with its ETag")
    ResponseEntity<ChildView> child(@PathVariable UUID id) {
        ChildView child = children.child(id);
        return Versions.ok(child, child.version());
    }

    @PutMapping("/api/v1/children/{id}")
    @Operation(summary = "Correct a case's details and personal data", description = "If-Match required; a closed case cannot change. "
            + "Without `personal` the personal data stays as it is.")
    ResponseEntity<ChildView> revise(@PathVariable UUID id, @Valid @RequestBody ProfileBody body, ExpectedVersion expected) {
        return versioned(children.revise(id, expected.value(), body.profile(),
                body.personal() == null ? null : body.personal().toPersonalData(body.birthYear())));
    }

    @PostMapping("/api/v1/children/{id}/assessment")
    @Operation(summary = "Record the assessed needs", description = "A registered case becomes ASSESSED, ready for matching once the "
            + "guardian consents to services. If-Match required.")
    ResponseEntity<ChildView> assess(@PathVariable UUID id, @Valid @RequestBody AssessmentBody body, ExpectedVersion expected) {
        return versioned(children.assess(id, expected.value(), body.needs(), body.assessedOn()));
    }

    @PostMapping("/api/v1/children/{id}/consents")
    @Operation(operationId = "giveChildConsent",
            summary = "Record a consent given (SERVICE or SHARING) with its date", description = "If-Match required.")
    ResponseEntity<ChildView> consent(@PathVariable UUID id, @Valid @RequestBody ConsentBody body, ExpectedVersion expected) {
        return versioned(children.giveConsent(id, expected.value(), body.consent(), body.givenOn()));
    }

    @PostMapping("/api/v1/children/{id}/consent-withdrawals")
    @Operation(operationId = "withdrawChildConsent",
            summary = "Record a consent withdrawn", description = "Announced on care.children so partner-facing copies are dropped; "
            + "partners lose sight of the case at once. Withdrawing SERVICE ends the child's match. If-Match required.")
    ResponseEntity<ChildView> withdraw(@PathVariable UUID id, @Valid @RequestBody WithdrawalBody body, ExpectedVersion expected) {
        return versioned(children.withdrawConsent(id, expected.value(), body.consent(), body.withdrawnOn()));
    }

    @PostMapping("/api/v1/children/{id}/closure")
    @Operation(summary = "Close the case with a reason and date", description = "Ends its match. If-Match required.")
    ResponseEntity<ChildView> close(@PathVariable UUID id, @Valid @RequestBody ClosureBody body, ExpectedVersion expected) {
        return versioned(children.close(id, expected.value(), body.reason(), body.closedOn()));
    }

    @PostMapping("/api/v1/children/{id}/erasure")
    @Operation(summary = "Erase a closed case's personal data", description = "Only after the retention period "
            + "(jinguo.care.children.retention-years, default 3) since closing: destroys the child's data key, so the sealed personal "
            + "data and visit notes can never be read again; the case's figures stay in the statistics. CITY_ADMIN only.")
    ChildView erase(@PathVariable UUID id) {
        return children.erase(id);
    }

    @PostMapping("/api/v1/children/{id}/personal-data/reveal")
    @Operation(operationId = "revealChildPersonalData",
            summary = "Reveal the clear personal data, for a stated purpose", description = "Writes who, when, which case and the "
            + "purpose to the access log (GET /api/v1/personal-data-accesses). Not cached.")
    ResponseEntity<ChildPersonalData> reveal(@PathVariable UUID id, @Valid @RequestBody RevealBody body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(children.reveal(id, body.purpose()));
    }

    private static ResponseEntity<ChildView> versioned(ChildView child) {
        return Versions.ok(child, child.version());
    }
}
