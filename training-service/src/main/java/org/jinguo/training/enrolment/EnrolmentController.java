package org.jinguo.training.enrolment;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jinguo.training.enrolment.EnrolmentRequests.AttendanceBody;
import org.jinguo.training.enrolment.EnrolmentRequests.EnrolmentBody;
import org.jinguo.training.enrolment.EnrolmentViews.EnrolmentView;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.openapi.Creates;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.UpdatedSince;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Enrolments", description = "Places in a session, first come first served, with a waiting list; cancellation and check-in")
@RequiredArgsConstructor
class EnrolmentController {

    private final EnrolmentService enrolments;

    @PostMapping("/api/v1/sessions/{sessionId}/enrolments")
    @Creates
    @Operation(operationId = "enrolInSession",
            summary = "Enrol a woman in a session", description = "ENROLLED while places are free, else WAITING (see "
            + "waitingPosition). Closes when the session starts. A RESIDENT enrols herself; staff enrol women they may see. "
            + "requestedAt imports a past record (CITY_ADMIN, ACADEMY_STAFF). Accepts Idempotency-Key.")
    ResponseEntity<EnrolmentView> enrol(@PathVariable UUID sessionId, @Valid @RequestBody EnrolmentBody body) {
        Enrolment enrolment = enrolments.enrol(sessionId, body.id(), body.personId(), instant(body.requestedAt()));
        return Versions.created(URI.create("/api/v1/enrolments/" + enrolment.id()),
                EnrolmentView.of(enrolment, enrolments.waitingPosition(enrolment)), enrolment.version());
    }

    @GetMapping("/api/v1/enrolments/{id}")
    @Operation(summary = "One enrolment, with her place on the waiting list while she waits")
    ResponseEntity<EnrolmentView> enrolment(@PathVariable UUID id) {
        return withETag(enrolments.visible(id));
    }

    @GetMapping("/api/v1/enrolments")
    @Operation(summary = "A session's roll (staff) or a woman's enrolments", description = "Give sessionId or personId; in the "
            + "order places were asked for, so the WAITING ones are the waiting list in order. Filter by status, updatedSince.")
    Page<EnrolmentView> enrolments(@RequestParam(required = false) UUID sessionId, @RequestParam(required = false) UUID personId,
                                   @RequestParam(required = false) EnrolmentStatus status,
                                   UpdatedSince updatedSince,
                                   PageQuery page) {
        return enrolments.enrolments(new EnrolmentFilter(sessionId, personId, status, updatedSince.moment()), page)
                .map(each -> EnrolmentView.of(each, null));
    }

    @PostMapping("/api/v1/enrolments/{id}/cancellation")
    @Operation(summary = "Cancel an enrolment before the session starts", description = "If she held a place, the first waiting "
            + "moves up.")
    ResponseEntity<EnrolmentView> cancel(@PathVariable UUID id) {
        return withETag(enrolments.cancel(id));
    }

    @PostMapping("/api/v1/enrolments/{id}/attendance")
    @Operation(summary = "Check her in", description = "From an hour before the session starts; repeating it changes nothing. "
            + "Staff may state checkedInAt to record attendance afterwards. May complete the course by its rule.")
    ResponseEntity<EnrolmentView> checkIn(@PathVariable UUID id, @Valid @RequestBody(required = false) AttendanceBody body) {
        return withETag(enrolments.checkIn(id, body == null ? null : instant(body.checkedInAt())));
    }

    private ResponseEntity<EnrolmentView> withETag(Enrolment enrolment) {
        return Versions.ok(EnrolmentView.of(enrolment, enrolments.waitingPosition(enrolment)), enrolment.version());
    }

    private static Instant instant(OffsetDateTime moment) {
        return moment == null ? null : moment.toInstant();
    }
}
