package org.jinguo.training.entrepreneur;

import java.net.URI;
import java.util.List;
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
import org.jinguo.training.entrepreneur.EntrepreneurRequests.EntrepreneurBody;
import org.jinguo.training.entrepreneur.EntrepreneurRequests.RecommendationBody;
import org.jinguo.training.entrepreneur.EntrepreneurRequests.ResultBody;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Entrepreneurs", description = "The Women Entrepreneurs Association, its growth plan, and recommendations to contests")
@RequiredArgsConstructor
class EntrepreneurController {

    private final EntrepreneurService entrepreneurs;

    @PostMapping("/api/v1/entrepreneurs")
    @Creates
    @Operation(summary = "Admit a member to the association", description = "Accepts Idempotency-Key.")
    ResponseEntity<Entrepreneur> admit(@Valid @RequestBody EntrepreneurBody body) {
        Entrepreneur entrepreneur = entrepreneurs.admit(body.toEntrepreneur());
        return Versions.created(URI.create("/api/v1/entrepreneurs/" + entrepreneur.id()), entrepreneur, entrepreneur.version());
    }

    @GetMapping("/api/v1/entrepreneurs")
    @Operation(summary = "Members, by name", description = "secondGeneration=true lists the growth plan.")
    Page<Entrepreneur> entrepreneurs(@RequestParam(required = false) @TownCode String townCode,
                                     @RequestParam(required = false) Boolean secondGeneration, PageQuery page) {
        return entrepreneurs.entrepreneurs(townCode, secondGeneration, page);
    }

    @GetMapping("/api/v1/entrepreneurs/{id}")
    @Operation(summary = "One member, with her ETag")
    ResponseEntity<Entrepreneur> entrepreneur(@PathVariable UUID id) {
        Entrepreneur entrepreneur = entrepreneurs.entrepreneur(id);
        return Versions.ok(entrepreneur, entrepreneur.version());
    }

    @PutMapping("/api/v1/entrepreneurs/{id}")
    @Operation(summary = "Correct a member's record, or move her into the growth plan", description = "If-Match required.")
    ResponseEntity<Entrepreneur> revise(@PathVariable UUID id, @Valid @RequestBody EntrepreneurBody body, ExpectedVersion expected) {
        Entrepreneur entrepreneur = entrepreneurs.revise(id, expected.value(), body.toEntrepreneur());
        return Versions.ok(entrepreneur, entrepreneur.version());
    }

    @PostMapping("/api/v1/entrepreneurs/{id}/recommendations")
    @Creates
    @Operation(operationId = "recommendEntrepreneur",
            summary = "Recommend her to an outside contest", description = "The result is PENDING until recorded. "
            + "Accepts Idempotency-Key.")
    ResponseEntity<RecommendationView> recommend(@PathVariable UUID id, @Valid @RequestBody RecommendationBody body) {
        Recommendation recommendation = entrepreneurs.recommend(body.id(), id, body.contest(), body.level(), body.recommendedOn());
        return Versions.created(URI.create("/api/v1/recommendations/" + recommendation.id()),
                RecommendationView.of(recommendation), recommendation.version());
    }

    @GetMapping("/api/v1/entrepreneurs/{id}/recommendations")
    @Operation(summary = "Her recommendations, in the order made")
    List<RecommendationView> recommendations(@PathVariable UUID id) {
        return entrepreneurs.recommendationsOf(id).stream().map(RecommendationView::of).toList();
    }

    @GetMapping("/api/v1/recommendations/{id}")
    @Operation(summary = "One recommendation, with its ETag")
    ResponseEntity<RecommendationView> recommendation(@PathVariable UUID id) {
        Recommendation recommendation = entrepreneurs.recommendation(id);
        return Versions.ok(RecommendationView.of(recommendation), recommendation.version());
    }

    @PutMapping("/api/v1/recommendations/{id}/result")
    @Operation(summary = "Record the contest's result", description = "AWARDED (with the award) or NOT_AWARDED; If-Match required.")
    ResponseEntity<RecommendationView> decide(@PathVariable UUID id,
                                              @Valid @RequestBody ResultBody body, ExpectedVersion expected) {
        Recommendation recommendation = entrepreneurs.decide(id, expected.value(), body.result(), body.award(),
                body.decidedOn());
        return Versions.ok(RecommendationView.of(recommendation), recommendation.version());
    }
}
