package org.jinguo.org.coverage;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.coverage.CoverageRequests.EndBody;
import org.jinguo.org.coverage.CoverageRequests.NewCoverageBody;
import org.jinguo.org.coverage.CoverageViews.CoverageView;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Coverage", description = "Which organisation covers a unit, how, and from when to when")
@RequiredArgsConstructor
class CoverageController {

    private final CoverageService coverages;

    @PostMapping("/api/v1/units/{unitId}/coverages")
    @Creates
    @Operation(summary = "Cover a unit by an organisation from a day on", description = "Accepts Idempotency-Key. The "
            + "organisation must be active that day and in the unit's town (or city-wide); a unit is covered by one "
            + "organisation at a time.")
    ResponseEntity<CoverageView> start(@PathVariable UUID unitId, @Valid @RequestBody NewCoverageBody body) {
        Coverage coverage = coverages.start(unitId, body.organizationId(), body.mode(), body.startedOn());
        return ResponseEntity.created(URI.create("/api/v1/coverage/" + coverage.id())).body(CoverageView.of(coverage));
    }

    @GetMapping("/api/v1/units/{unitId}/coverages")
    @Operation(summary = "A unit's coverages, current and past, latest first")
    List<CoverageView> ofUnit(@PathVariable UUID unitId) {
        return coverages.ofUnit(unitId).stream().map(CoverageView::of).toList();
    }

    @GetMapping("/api/v1/coverage/{id}")
    @Operation(summary = "One coverage")
    CoverageView coverage(@PathVariable UUID id) {
        return CoverageView.of(coverages.coverage(id));
    }

    @PostMapping("/api/v1/coverage/{id}/end")
    @Operation(summary = "End a coverage", description = "endedOn is the last day the unit is covered.")
    CoverageView end(@PathVariable UUID id, @Valid @RequestBody EndBody body) {
        return CoverageView.of(coverages.end(id, body.endedOn()));
    }
}
