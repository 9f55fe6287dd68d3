package org.jinguo.care.matching;

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

import org.jinguo.values.TownCode;
import org.jinguo.care.matching.MatchRepository.MatchFilter;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.UpdatedSince;
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
@Tag(name = "Matching", description = "Caring mothers proposed for children, optimally in batch or one child at a time; confirmed or rejected by staff")
@RequiredArgsConstructor
class MatchController {

    private final MatchService matching;

    /**
     * Exactly one of: the town to plan for, or {@code cityWide: true}, so that a run over the whole
     * city is always asked for on purpose. Town staff run for their own town only.
     */
    record RunBody(@TownCode String townCode, Boolean cityWide) {

        String scope() {
            if ((townCode == null) != Boolean.TRUE.equals(cityWide)) {
                throw ApiException.invalid("townCode", "TOWN_OR_CITY_WIDE");
            }
            return townCode;
        }
    }

    /** @param startedOn the day care starts, default today */
    record ConfirmationBody(LocalDate startedOn) {
    }

    record RejectionBody(@NotBlank @Size(max = 500) @PlainText String reason) {
    }

    record EndingBody(@NotNull LocalDate endedOn) {
    }

    @PostMapping("/api/v1/matching-runs")
    @Creates
    @Operation(operationId = "startMatchingRun",
            summary = "Run the batch matching", description = "For a town (townCode) or the whole city (cityWide: true). Proposes, for every child waiting (ASSESSED, consent to services "
            + "given), the assignment that matches as many children as possible and, among those, has the highest total score, within "
            + "each ACTIVE mother's remaining capacity. The children's earlier open proposals are superseded. One run at a time.")
    ResponseEntity<MatchingRun> run(@Valid @RequestBody RunBody body) {
        MatchingRun run = matching.run(body.scope());
        return ResponseEntity.created(URI.create("/api/v1/matching-runs/" + run.id())).body(run);
    }

    @GetMapping("/api/v1/matching-runs")
    @Operation(summary = "Batch runs, newest first")
    Page<MatchingRun> runs(@RequestParam(required = false) @TownCode String townCode, PageQuery page) {
        return matching.matchingRuns(townCode, page);
    }

    @GetMapping("/api/v1/matching-runs/{id}")
    @Operation(summary = "One batch run; its proposals are GET /api/v1/matches?runId=")
    MatchingRun matchingRun(@PathVariable UUID id) {
        return matching.matchingRun(id);
    }

    @PostMapping("/api/v1/children/{id}/match-proposals")
    @Operation(operationId = "proposeMatchesForChild",
            summary = "Propose caring mothers for one child now", description = "Her best candidates (jinguo.care.matching."
            + "proposals-per-child, default 3), highest score first, each with the parts of its score; her open proposals are superseded.")
    List<MatchView> proposeFor(@PathVariable UUID id) {
        return matching.proposeFor(id);
    }

    @GetMapping("/api/v1/matches")
    @Operation(summary = "Matches and proposals, newest first", description = "Filter by status, childId, motherId, runId, townCode, "
            + "updatedSince.")
    Page<MatchView> matches(@RequestParam(required = false) MatchStatus status, @RequestParam(required = false) UUID childId,
                            @RequestParam(required = false) UUID motherId, @RequestParam(required = false) UUID runId,
                            @RequestParam(required = false) @TownCode String townCode,
                            UpdatedSince updatedSince,
                            PageQuery page) {
        return matching.matches(new MatchFilter(status, childId, motherId, runId, townCode, updatedSince.moment()), page);
    }

    @GetMapping("/api/v1/caring-mothers/me/matches")
    @Operation(operationId = "listOwnMatches", summary = "The calling caring mother's matches, newest first",
            description = "Those confirmed and those ended: the children she cares for or cared for. Proposals and their decisions "
                    + "are staff work and not shown. 404 when no caring mother is registered for the caller.")
    Page<MatchView> ownMatches(UpdatedSince updatedSince,
                               PageQuery page) {
        return matching.ownMatches(updatedSince.moment(), page);
    }

    @GetMapping("/api/v1/matches/{id}")
    @Operation(summary = "One match, with its ETag")
    ResponseEntity<MatchView> match(@PathVariable UUID id) {
        return versioned(matching.match(id));
    }

    @PostMapping("/api/v1/matches/{id}/confirmation")
    @Operation(summary = "Confirm a proposal", description = "The child must still be waiting, the mother ACTIVE with room and a valid "
            + "safeguarding check. Her other proposals are superseded. If-Match required.")
    ResponseEntity<MatchView> confirm(@PathVariable UUID id, @Valid @RequestBody ConfirmationBody body, ExpectedVersion expected) {
        return versioned(matching.confirm(id, expected.value(), body.startedOn()));
    }

    @PostMapping("/api/v1/matches/{id}/rejection")
    @Operation(summary = "Reject a proposal, with the reason", description = "If-Match required.")
    ResponseEntity<MatchView> reject(@PathVariable UUID id, @Valid @RequestBody RejectionBody body, ExpectedVersion expected) {
        return versioned(matching.reject(id, expected.value(), body.reason()));
    }

    @PostMapping("/api/v1/matches/{id}/ending")
    @Operation(summary = "End a confirmed match", description = "The child waits for a new match. If-Match required.")
    ResponseEntity<MatchView> end(@PathVariable UUID id, @Valid @RequestBody EndingBody body, ExpectedVersion expected) {
        return versioned(matching.end(id, expected.value(), body.endedOn()));
    }

    private static ResponseEntity<MatchView> versioned(MatchView match) {
        return Versions.ok(match, match.version());
    }
}
