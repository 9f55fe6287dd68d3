package org.jinguo.training.mentor;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.training.mentor.MentorRequests.AgreementBody;
import org.jinguo.training.mentor.MentorRequests.MentorBody;
import org.jinguo.training.mentor.MentorRequests.TerminationBody;
import org.jinguo.web.openapi.Creates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mentors", description = "The academy's mentors and their cooperation agreements with villages and enterprises")
@RequiredArgsConstructor
class MentorController {

    private final MentorService mentors;

    @PostMapping("/api/v1/mentors")
    @Creates
    @Operation(summary = "Register a mentor", description = "Accepts Idempotency-Key.")
    ResponseEntity<Mentor> register(@Valid @RequestBody MentorBody body) {
        Mentor mentor = mentors.register(body.toMentor());
        return Versions.created(URI.create("/api/v1/mentors/" + mentor.id()), mentor, mentor.version());
    }

    @GetMapping("/api/v1/mentors")
    @Operation(summary = "Mentors, by name")
    Page<Mentor> mentors(@RequestParam(required = false) @TownCode String townCode, PageQuery page) {
        return mentors.mentors(townCode, page);
    }

    @GetMapping("/api/v1/mentors/{id}")
    @Operation(summary = "One mentor, with its ETag")
    ResponseEntity<Mentor> mentor(@PathVariable UUID id) {
        Mentor mentor = mentors.mentor(id);
        return Versions.ok(mentor, mentor.version());
    }

    @PutMapping("/api/v1/mentors/{id}")
    @Operation(summary = "Correct a mentor's record", description = "If-Match required.")
    ResponseEntity<Mentor> revise(@PathVariable UUID id, @Valid @RequestBody MentorBody body, ExpectedVersion expected) {
        Mentor mentor = mentors.revise(id, expected.value(), body.toMentor());
        return Versions.ok(mentor, mentor.version());
    }

    @PostMapping("/api/v1/mentors/{id}/agreements")
    @Creates
    @Operation(summary = "Record an agreement the mentor signed", description = "With a village (villageId; its town follows) or an "
            + "enterprise (enterpriseName, townCode optional). Accepts Idempotency-Key.")
    ResponseEntity<AgreementView> sign(@PathVariable UUID id, @Valid @RequestBody AgreementBody body) {
        Agreement agreement = mentors.sign(body.id(), id, body.kind(), body.toParty(), body.signedOn(), body.endsOn(), body.summary());
        return Versions.created(URI.create("/api/v1/agreements/" + agreement.id()), AgreementView.of(agreement), agreement.version());
    }

    @GetMapping("/api/v1/agreements")
    @Operation(summary = "Agreements, in the order signed", description = "Filter by mentorId, townCode, and the period signedOn falls in.")
    Page<AgreementView> agreements(@RequestParam(required = false) UUID mentorId,
                                   @RequestParam(required = false) @TownCode String townCode,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   PageQuery page) {
        return mentors.agreements(new AgreementFilter(mentorId, townCode, from, to), page).map(AgreementView::of);
    }

    @GetMapping("/api/v1/agreements/{id}")
    @Operation(summary = "One agreement, with its status today and its ETag")
    ResponseEntity<AgreementView> agreement(@PathVariable UUID id) {
        Agreement agreement = mentors.agreement(id);
        return Versions.ok(AgreementView.of(agreement), agreement.version());
    }

    @PostMapping("/api/v1/agreements/{id}/termination")
    @Operation(summary = "Terminate an agreement early", description = "If-Match required.")
    ResponseEntity<AgreementView> terminate(@PathVariable UUID id,
                                            @Valid @RequestBody TerminationBody body, ExpectedVersion expected) {
        Agreement agreement = mentors.terminate(id, expected.value(), body.terminatedOn());
        return Versions.ok(AgreementView.of(agreement), agreement.version());
    }
}
