package org.jinguo.commerce.employment;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.commerce.employment.EmploymentRequests.EmploymentBody;
import org.jinguo.commerce.employment.EmploymentRequests.EndingBody;
import org.jinguo.commerce.employment.EmploymentRequests.WorkerBody;
import org.jinguo.commerce.employment.WorkerRepository.WorkerListing;
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
@Tag(name = "Employment", description = "Women employed at workshops: trained women by training's person id, others as workers")
@RequiredArgsConstructor
class EmploymentController {

    private final EmploymentService employments;

    @PostMapping("/api/v1/workshops/{workshopId}/employments")
    @Creates
    @Operation(operationId = "startEmployment",
            summary = "Record that a woman started work at a workshop", description = "personId (training's) or workerId; the "
            + "workshop must be open on startedOn. Announced for training to attribute to a course. Accepts Idempotency-Key.")
    ResponseEntity<EmploymentView> start(@PathVariable UUID workshopId, @Valid @RequestBody EmploymentBody body) {
        Employment employment = employments.start(body.id(), workshopId, body.toEmployee(), body.startedOn(), body.monthlyPayFen());
        return Versions.created(URI.create("/api/v1/employments/" + employment.id()), EmploymentView.of(employment), employment.version());
    }

    @GetMapping("/api/v1/employments")
    @Operation(summary = "Employments, in the order started", description = "Filter by workshopId, personId, townCode.")
    Page<EmploymentView> employments(@RequestParam(required = false) UUID workshopId, @RequestParam(required = false) UUID personId,
                                     @RequestParam(required = false) @TownCode String townCode,
                                     PageQuery page) {
        return employments.employments(new EmploymentFilter(workshopId, personId, townCode), page).map(EmploymentView::of);
    }

    @GetMapping("/api/v1/employments/{id}")
    @Operation(summary = "One employment, with its ETag")
    ResponseEntity<EmploymentView> employment(@PathVariable UUID id) {
        Employment employment = employments.employment(id);
        return Versions.ok(EmploymentView.of(employment), employment.version());
    }

    @PostMapping("/api/v1/employments/{id}/ending")
    @Operation(summary = "Record that her work there ended", description = "If-Match required.")
    ResponseEntity<EmploymentView> end(@PathVariable UUID id, @Valid @RequestBody EndingBody body, ExpectedVersion expected) {
        Employment employment = employments.end(id, expected.value(), body.endedOn());
        return Versions.ok(EmploymentView.of(employment), employment.version());
    }

    @PostMapping("/api/v1/workers")
    @Creates
    @Operation(summary = "Record a worker who did not come through training", description = "Her phone is stored encrypted; the "
            + "same phone is not recorded twice. Accepts Idempotency-Key.")
    ResponseEntity<WorkerView> register(@Valid @RequestBody WorkerBody body) {
        Worker worker = employments.register(body.id(), body.nameZh(), body.mobilePhone(), body.townCode());
        return ResponseEntity.created(URI.create("/api/v1/workers/" + worker.id())).body(WorkerView.of(worker));
    }

    @GetMapping("/api/v1/workers")
    @Operation(summary = "Workers, phones masked")
    Page<WorkerListing> workers(@RequestParam(required = false) @TownCode String townCode, PageQuery page) {
        return employments.workers(townCode, page);
    }

    @GetMapping("/api/v1/workers/{id}")
    @Operation(summary = "One worker, her phone in full")
    WorkerView worker(@PathVariable UUID id) {
        return WorkerView.of(employments.worker(id));
    }
}
