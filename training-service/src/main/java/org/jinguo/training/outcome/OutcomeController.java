package org.jinguo.training.outcome;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.training.outcome.OutcomeRequests.OutcomeBody;
import org.jinguo.training.outcome.OutcomeService.OutcomeView;
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
@Tag(name = "Outcomes", description = "What training led to: employed or not, where, from when, monthly income before and after")
@RequiredArgsConstructor
class OutcomeController {

    private final OutcomeService outcomes;

    @PostMapping("/api/v1/outcomes")
    @Creates
    @Operation(summary = "Record a woman's outcome after a course she attended", description = "Employed at a workshop known from "
            + "commerce-service (workshopId) or elsewhere (workplace), from startedOn. Accepts Idempotency-Key.")
    ResponseEntity<OutcomeView> record(@Valid @RequestBody OutcomeBody body) {
        Outcome outcome = outcomes.record(body.id(), body.personId(), body.courseId(), body.toEmployment(), body.monthlyIncomeBeforeFen(),
                body.monthlyIncomeAfterFen());
        return Versions.created(URI.create("/api/v1/outcomes/" + outcome.id()), OutcomeView.of(outcome), outcome.version());
    }

    @GetMapping("/api/v1/outcomes/{id}")
    @Operation(summary = "One outcome, with its ETag")
    ResponseEntity<OutcomeView> outcome(@PathVariable UUID id) {
        Outcome outcome = outcomes.outcome(id);
        return Versions.ok(OutcomeView.of(outcome), outcome.version());
    }

    @GetMapping("/api/v1/outcomes")
    @Operation(summary = "A woman's outcomes")
    Page<OutcomeView> ofPerson(@RequestParam UUID personId, PageQuery page) {
        return outcomes.ofPerson(personId, page).map(OutcomeView::of);
    }

    @PutMapping("/api/v1/outcomes/{id}")
    @Operation(summary = "Correct an outcome", description = "Same person and course; If-Match required.")
    ResponseEntity<OutcomeView> revise(@PathVariable UUID id,
                                       @Valid @RequestBody OutcomeBody body, ExpectedVersion expected) {
        Outcome current = outcomes.outcome(id);
        if (!current.personId().equals(body.personId()) || !current.courseId().equals(body.courseId())) {
            throw ApiException.invalid("personId", "OUTCOME_OF_ANOTHER");
        }
        Outcome outcome = outcomes.revise(id, expected.value(), body.toEmployment(), body.monthlyIncomeBeforeFen(), body.monthlyIncomeAfterFen());
        return Versions.ok(OutcomeView.of(outcome), outcome.version());
    }
}
