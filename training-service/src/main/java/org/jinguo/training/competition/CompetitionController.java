package org.jinguo.training.competition;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import org.jinguo.training.competition.CompetitionRequests.CompetitionBody;
import org.jinguo.training.competition.CompetitionRequests.ContestantBody;
import org.jinguo.training.competition.CompetitionRequests.ScoreBody;
import org.jinguo.web.openapi.Creates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

@RestController
@Tag(name = "Competitions", description = "Skills competitions: criteria and weights, judges' scores, ranking with a tie rule, awards")
@RequiredArgsConstructor
class CompetitionController {

    private final CompetitionService competitions;

    @PostMapping("/api/v1/competitions")
    @Creates
    @Operation(summary = "Organise a competition", description = "Criteria weights add up to 100; judges are identity accounts. "
            + "Accepts Idempotency-Key.")
    ResponseEntity<CompetitionView> organize(@Valid @RequestBody CompetitionBody body) {
        Competition competition = competitions.organize(body.id(), body.toPlan());
        return Versions.created(URI.create("/api/v1/competitions/" + competition.id()),
                CompetitionView.of(competition), competition.version());
    }

    @GetMapping("/api/v1/competitions")
    @Operation(summary = "Competitions, latest first", description = "Filter by townCode and by the period heldOn falls in.")
    Page<CompetitionView> competitions(@RequestParam(required = false) @TownCode String townCode,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       PageQuery page) {
        return competitions.competitions(townCode, from, to, page).map(CompetitionView::of);
    }

    @GetMapping("/api/v1/competitions/{id}")
    @Operation(summary = "One competition, with its ETag")
    ResponseEntity<CompetitionView> competition(@PathVariable UUID id) {
        Competition competition = competitions.competition(id);
        return Versions.ok(CompetitionView.of(competition), competition.version());
    }

    @GetMapping("/api/v1/competitions/{id}/contestants")
    @Operation(summary = "The contestants' person ids")
    List<UUID> contestants(@PathVariable UUID id) {
        return competitions.contestants(id);
    }

    @PostMapping("/api/v1/competitions/{id}/contestants")
    @Creates(okWhenPresent = true)
    @Operation(operationId = "enterCompetition",
            summary = "Enter a contestant", description = "Before publication; entering her again changes nothing (200).")
    ResponseEntity<ContestantBody> enter(@PathVariable UUID id, @Valid @RequestBody ContestantBody body) {
        boolean entered = competitions.enter(id, body.personId());
        return entered ? ResponseEntity.created(URI.create("/api/v1/competitions/" + id + "/contestants")).body(body)
                : ResponseEntity.ok(body);
    }

    @PostMapping("/api/v1/competitions/{id}/scores")
    @Creates(located = false)
    @Operation(operationId = "recordCompetitionScore",
            summary = "Give a score, as a judge of this competition", description = "One per judge, contestant and criterion: "
            + "a second is refused (409). Refused once results are published.")
    ResponseEntity<ScoreView> score(@PathVariable UUID id, @Valid @RequestBody ScoreBody body) {
        Score score = competitions.score(id, body.contestantId(), body.criterion(), body.score());
        return ResponseEntity.status(201).body(new ScoreView(score.judge(), score.contestantId(), score.criterion(), score.value()));
    }

    @GetMapping("/api/v1/competitions/{id}/ranking")
    @Operation(summary = "The ranking", description = "As published, for anyone; before publication, as it stands, for staff and "
            + "its judges. Tie rule: higher weighted total, then higher mean on the heaviest criterion, then the next; still "
            + "equal contestants share a rank (1, 2, 2, 4).")
    List<Placing> ranking(@PathVariable UUID id) {
        return competitions.ranking(id);
    }

    @PostMapping("/api/v1/competitions/{id}/publication")
    @Operation(summary = "Publish the results", description = "Once every judge has scored every contestant on every criterion; "
            + "locks the scores. If-Match required.")
    ResponseEntity<CompetitionView> publish(@PathVariable UUID id, ExpectedVersion expected) {
        Competition competition = competitions.publish(id, expected.value());
        return Versions.ok(CompetitionView.of(competition), competition.version());
    }

    record CompetitionView(UUID id, String name, LocalDate heldOn, String place, @Nullable String townCode, List<String> coOrganizers,
                           List<Criterion> criteria, List<Judge> judges, List<Award> awards, boolean published,
                           @Nullable Instant publishedAt, long version) {

        static CompetitionView of(Competition competition) {
            CompetitionPlan plan = competition.plan();
            return new CompetitionView(competition.id(), plan.name(), plan.heldOn(), plan.place(), plan.townCode(), plan.coOrganizers(),
                    plan.criteria(), plan.judges(), plan.awards(), competition.published(), competition.publishedAt(),
                    competition.version());
        }
    }

    record ScoreView(String judge, UUID contestantId, String criterion, BigDecimal score) {
    }
}
