package org.jinguo.commerce.workshop;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.commerce.workshop.WorkshopRequests.ClosingBody;
import org.jinguo.commerce.workshop.WorkshopRequests.WorkshopBody;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
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
@Tag(name = "Workshops", description = "Common-prosperity workshops and outsourced-processing points")
@RequiredArgsConstructor
class WorkshopController {

    private final WorkshopService workshops;

    @PostMapping("/api/v1/workshops")
    @Creates
    @Operation(summary = "Open a workshop", description = "In a town (and village) commerce knows from org-service's events, "
            + "hosted by a live organisation of that town. Accepts Idempotency-Key.")
    ResponseEntity<WorkshopView> open(@Valid @RequestBody WorkshopBody body) {
        if (body.openedOn() == null) {
            throw ApiException.invalid("openedOn", "OPENED_ON_REQUIRED");
        }
        Workshop workshop = workshops.open(body.id() == null ? UuidV7.next() : body.id(), body.toProfile(), body.openedOn());
        return Versions.created(URI.create("/api/v1/workshops/" + workshop.id()), WorkshopView.of(workshop), workshop.version());
    }

    @GetMapping("/api/v1/workshops")
    @Operation(summary = "Workshops, by town and name", description = "activeOn lists those open on that day.")
    Page<WorkshopView> workshops(@RequestParam(required = false) @TownCode String townCode,
                                 @RequestParam(required = false) WorkshopKind kind,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
                                 @RequestParam(required = false) String name, PageQuery page) {
        return workshops.workshops(new WorkshopFilter(townCode, kind, activeOn, name), page).map(WorkshopView::of);
    }

    @GetMapping("/api/v1/workshops/{id}")
    @Operation(summary = "One workshop, with its ETag")
    ResponseEntity<WorkshopView> workshop(@PathVariable UUID id) {
        return withETag(workshops.workshop(id));
    }

    @PutMapping("/api/v1/workshops/{id}")
    @Operation(summary = "Revise an open workshop", description = "Its town does not change. If-Match required.")
    ResponseEntity<WorkshopView> revise(@PathVariable UUID id, @Valid @RequestBody WorkshopBody body, ExpectedVersion expected) {
        return withETag(workshops.revise(id, expected.value(), body.toProfile()));
    }

    @PostMapping("/api/v1/workshops/{id}/closing")
    @Operation(summary = "Close a workshop", description = "From closedOn it no longer counts as active. If-Match required.")
    ResponseEntity<WorkshopView> close(@PathVariable UUID id, @Valid @RequestBody ClosingBody body, ExpectedVersion expected) {
        return withETag(workshops.close(id, expected.value(), body.closedOn()));
    }

    private static ResponseEntity<WorkshopView> withETag(Workshop workshop) {
        return Versions.ok(WorkshopView.of(workshop), workshop.version());
    }
}
