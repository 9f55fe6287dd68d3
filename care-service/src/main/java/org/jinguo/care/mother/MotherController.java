package org.jinguo.care.mother;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.TownCode;
import org.jinguo.care.mother.MotherRepository.StatusChange;
import org.jinguo.care.mother.MotherRequests.MotherBody;
import org.jinguo.care.mother.MotherRequests.RevealBody;
import org.jinguo.care.mother.MotherRequests.RevisionBody;
import org.jinguo.care.mother.MotherRequests.StatusBody;
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
@Tag(name = "Caring mothers", description = "Volunteers who care one-to-one for a child: skills, place, capacity, status with effective dates")
@RequiredArgsConstructor
class MotherController {

    private final MotherService mothers;

    @PostMapping("/api/v1/caring-mothers")
    @Creates
    @Operation(summary = "Register a caring mother (an APPLICANT)", description = "With training's personId she is certified by a "
            + "CARING_MOTHER course completion, before or after this call. Personal data sealed and answered masked. Accepts Idempotency-Key.")
    ResponseEntity<MotherView> register(@Valid @RequestBody MotherBody body) {
        MotherView mother = mothers.register(body.id(), body.personId(), body.accountSubject(), body.personal().toPersonalData(),
                body.profile().toProfile(), body.registeredOn());
        return Versions.created(URI.create("/api/v1/caring-mothers/" + mother.id()), mother, mother.version());
    }

    @GetMapping("/api/v1/caring-mothers")
    @Operation(summary = "Caring mothers, personal data masked", description = "Filter by townCode, status, skill, phone (keyed hash), or "
            + "updatedSince.")
    Page<MotherView> mothers(@RequestParam(required = false) @TownCode String townCode,
                             @RequestParam(required = false) MotherStatus status, @RequestParam(required = false) Skill skill,
                             @RequestParam(required = false) @MobilePhoneNumber String phone,
                             UpdatedSince updatedSince,
                             PageQuery page) {
        return mothers.mothers(townCode, status, skill, phone, updatedSince.moment(), page);
    }

    @GetMapping("/api/v1/caring-mothers/me")
    @Operation(operationId = "getOwnCaringMother",
            summary = "The calling caring mother's own record", description = "404 when no caring mother is registered for the caller.")
    MotherView own() {
        return mothers.own();
    }

    @GetMapping("/api/v1/caring-mothers/{id}")
    @Operation(summary = "One caring mother, masked, with her ETag")
    ResponseEntity<MotherView> mother(@PathVariable UUID id) {
        MotherView mother = mothers.mother(id);
        return Versions.ok(mother, mother.version());
    }

    @PutMapping("/api/v1/caring-mothers/{id}")
    @Operation(summary = "Change her details", description = "If-Match required. Without `personal` her personal data stays as it "
            + "is: a client that read it masked changes her profile without ever holding it in clear.")
    ResponseEntity<MotherView> revise(@PathVariable UUID id, @Valid @RequestBody RevisionBody body, ExpectedVersion expected) {
        MotherView mother = mothers.revise(id, expected.value(), body.accountSubject(),
                body.personal() == null ? null : body.personal().toPersonalData(), body.profile().toProfile());
        return Versions.ok(mother, mother.version());
    }

    @PostMapping("/api/v1/caring-mothers/{id}/status-changes")
    @Operation(operationId = "changeCaringMotherStatus",
            summary = "Change her status from a day on", description = "CERTIFIED→ACTIVE (needs a safeguarding check), ACTIVE↔PAUSED, "
            + "any→WITHDRAWN (ends her matches and re-opens her children). Certifying by hand is CITY_ADMIN's. If-Match required.")
    ResponseEntity<MotherView> changeStatus(@PathVariable UUID id,
                                            @Valid @RequestBody StatusBody body, ExpectedVersion expected) {
        MotherView mother = mothers.changeStatus(id, expected.value(), body.status(), body.effectiveOn(), body.reason());
        return Versions.ok(mother, mother.version());
    }

    @GetMapping("/api/v1/caring-mothers/{id}/status-changes")
    @Operation(summary = "Her status history, each change with the day it took effect")
    List<StatusChange> statusChanges(@PathVariable UUID id) {
        return mothers.statusChanges(id);
    }

    @PostMapping("/api/v1/caring-mothers/{id}/personal-data/reveal")
    @Operation(operationId = "revealCaringMotherPersonalData",
            summary = "Reveal her clear personal data, for a stated purpose", description = "Logged in the access log. Not cached.")
    ResponseEntity<MotherPersonalData> reveal(@PathVariable UUID id, @Valid @RequestBody RevealBody body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mothers.reveal(id, body.purpose()));
    }
}
