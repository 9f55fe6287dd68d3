package org.jinguo.care.visit;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.care.visit.VisitService.Logged;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.UpdatedSince;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Visits", description = "Visits and service records for matched children, and the children not visited for too long")
@RequiredArgsConstructor
class VisitController {

    private final VisitService visits;

    /**
     * @param id    optional, chosen by the client (a record made offline): sent again, the same record is answered, not stored twice
     * @param notes sealed at rest; shown to staff and to whoever wrote them when reading, never echoed by this call
     */
    record VisitBody(UUID id, @NotNull VisitKind kind, @NotNull LocalDate visitedOn, @NotNull @Min(1) @Max(1440) Integer durationMinutes,
                     @Size(max = 4000) String notes) {
    }

    @PostMapping("/api/v1/children/{childId}/visits")
    @Creates(okWhenPresent = true)
    @Operation(summary = "Log a visit or service record", description = "By the child's matched caring mother, a helper supporting "
            + "the child or her mother, or staff. 201 when stored, 200 when the same record (same id and content) was stored before; "
            + "409 when the id holds another record.")
    ResponseEntity<Visit> log(@PathVariable UUID childId, @Valid @RequestBody VisitBody body) {
        Logged logged = visits.log(body.id(), childId, body.kind(), body.visitedOn(), body.durationMinutes(), body.notes());
        if (!logged.created()) {
            return ResponseEntity.ok(logged.visit());
        }
        return ResponseEntity.created(URI.create("/api/v1/children/" + childId + "/visits")).body(logged.visit());
    }

    @GetMapping("/api/v1/children/{childId}/visits")
    @Operation(summary = "A child's visits, newest first", description = "updatedSince gives only the visits recorded since (a visit "
            + "never changes once recorded).")
    Page<Visit> ofChild(@PathVariable UUID childId,
                        UpdatedSince updatedSince,
                        PageQuery page) {
        return visits.ofChild(childId, updatedSince.moment(), page);
    }

    @GetMapping("/api/v1/visits/overdue")
    @Operation(operationId = "listOverdueVisits",
            summary = "Matched children not visited for too long", description = "Children in a confirmed match whose last visit "
            + "(or, never visited, the match's start) is more than `days` days ago; default jinguo.care.visits.overdue-after-days (30). "
            + "Longest waiting first.")
    Page<OverdueChild> overdue(@RequestParam(required = false) @Min(1) @Max(3650) Integer days,
                               @RequestParam(required = false) @TownCode String townCode, PageQuery page) {
        return visits.overdue(days, townCode, page);
    }
}
