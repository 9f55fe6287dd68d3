package org.jinguo.care.referral;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Referrals", description = "Cases referred to partner agencies, only with the guardian's consent to share")
@RequiredArgsConstructor
class ReferralController {

    private final ReferralService referrals;

    /** @param partnerClientId the agency's client id at identity-service */
    record ReferralBody(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{org.jinguo.web.validation.Identifier.message}") String partnerClientId,
                        @NotNull ReferralKind kind) {
    }

    @PostMapping("/api/v1/children/{id}/referrals")
    @Creates
    @Operation(operationId = "referChild",
            summary = "Refer a case to a partner agency", description = "Only while the consent to share holds (else 409 "
            + "NO_SHARING_CONSENT); one open referral per agency and case.")
    ResponseEntity<Referral> refer(@PathVariable UUID id, @Valid @RequestBody ReferralBody body) {
        Referral referral = referrals.refer(id, body.partnerClientId(), body.kind());
        return Versions.created(URI.create("/api/v1/referrals?childId=" + id), referral, referral.version());
    }

    @GetMapping("/api/v1/referrals")
    @Operation(summary = "Referrals, newest first", description = "A partner agency (care.read) sees its own, without those withdrawn "
            + "with the consent; staff their town's.")
    Page<Referral> referrals(@RequestParam(required = false) UUID childId, @RequestParam(required = false) ReferralStatus status,
                             @RequestParam(required = false) @TownCode String townCode, PageQuery page) {
        return referrals.referrals(childId, status, townCode, page);
    }

    @PostMapping("/api/v1/referrals/{id}/acceptance")
    @Operation(summary = "The agency takes the case on", description = "care.write; If-Match required.")
    ResponseEntity<Referral> accept(@PathVariable UUID id, ExpectedVersion expected) {
        Referral referral = referrals.answer(id, expected.value(), ReferralStatus.ACCEPTED);
        return Versions.ok(referral, referral.version());
    }

    @PostMapping("/api/v1/referrals/{id}/declining")
    @Operation(summary = "The agency declines the case", description = "care.write; If-Match required.")
    ResponseEntity<Referral> decline(@PathVariable UUID id, ExpectedVersion expected) {
        Referral referral = referrals.answer(id, expected.value(), ReferralStatus.DECLINED);
        return Versions.ok(referral, referral.version());
    }
}
