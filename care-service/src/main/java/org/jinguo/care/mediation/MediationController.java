package org.jinguo.care.mediation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.TownCode;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
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
@Tag(name = "Mediation", description = "Family-dispute mediation cases (家事纠纷调处): parties sealed, status, outcome")
@RequiredArgsConstructor
class MediationController {

    private final MediationService mediation;

    /** @param role e.g. WIFE, HUSBAND, PARENT, CHILD, RELATIVE */
    record PartyBody(@NotBlank @Size(max = 100) @PlainText String name, @NotBlank @Size(max = 50) @PlainText String role,
                     @MobilePhoneNumber String phone) {
    }

    record CaseBody(UUID id, @NotNull DisputeKind kind, @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid PartyBody> parties,
                    @NotNull @TownCode String townCode, LocalDate openedOn) {

        List<Party> toParties() {
            return parties.stream().map(party -> new Party(party.name().strip(), party.role(), party.phone())).toList();
        }
    }

    /** @param notes sealed; shown to staff */
    record ClosureBody(@NotNull MediationOutcome outcome, @Size(max = 4000) String notes, @NotNull LocalDate closedOn) {
    }

    @PostMapping("/api/v1/mediation-cases")
    @Creates
    @Operation(summary = "Open a mediation case", description = "Numbered MD-<year>-<n>; parties sealed and answered masked. "
            + "Accepts Idempotency-Key.")
    ResponseEntity<MediationCase> open(@Valid @RequestBody CaseBody body) {
        MediationCase opened = mediation.open(body.id(), body.kind(), body.toParties(), body.townCode(), body.openedOn());
        return Versions.created(URI.create("/api/v1/mediation-cases/" + opened.id()), opened, opened.version());
    }

    @GetMapping("/api/v1/mediation-cases")
    @Operation(summary = "Mediation cases, newest first")
    Page<MediationCase> cases(@RequestParam(required = false) @TownCode String townCode,
                              @RequestParam(required = false) MediationStatus status, PageQuery page) {
        return mediation.cases(townCode, status, page);
    }

    @GetMapping("/api/v1/mediation-cases/{id}")
    @Operation(summary = "One mediation case, with its ETag")
    ResponseEntity<MediationCase> mediationCase(@PathVariable UUID id) {
        return versioned(mediation.mediationCase(id));
    }

    @PostMapping("/api/v1/mediation-cases/{id}/mediation")
    @Operation(summary = "Mediation sessions have started", description = "If-Match required.")
    ResponseEntity<MediationCase> start(@PathVariable UUID id, ExpectedVersion expected) {
        return versioned(mediation.startMediating(id, expected.value()));
    }

    @PostMapping("/api/v1/mediation-cases/{id}/closure")
    @Operation(summary = "Close the case with its outcome", description = "If-Match required.")
    ResponseEntity<MediationCase> close(@PathVariable UUID id, @Valid @RequestBody ClosureBody body, ExpectedVersion expected) {
        return versioned(mediation.close(id, expected.value(), body.outcome(), body.notes(), body.closedOn()));
    }

    private static ResponseEntity<MediationCase> versioned(MediationCase mediationCase) {
        return Versions.ok(mediationCase, mediationCase.version());
    }
}
