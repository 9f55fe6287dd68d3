package org.jinguo.training.session;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jinguo.training.session.SessionRequests.HoldingBody;
import org.jinguo.training.session.SessionRequests.SessionBody;
import org.jinguo.training.session.SessionViews.SessionView;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.openapi.Creates;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.UpdatedSince;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sessions", description = "The sessions of a course: when, where, how many places; opened, held or cancelled")
@RequiredArgsConstructor
class SessionController {

    private final SessionService sessions;

    @PostMapping("/api/v1/courses/{courseId}/sessions")
    @Creates
    @Operation(operationId = "planSession", summary = "Plan a session of a course", description = "Accepts Idempotency-Key.")
    ResponseEntity<SessionView> plan(@PathVariable UUID courseId, @Valid @RequestBody SessionBody body) {
        CourseSession session = sessions.plan(courseId, body.id(), body.toPlan());
        return Versions.created(URI.create("/api/v1/sessions/" + session.id()), SessionView.of(session), session.version());
    }

    @GetMapping("/api/v1/courses/{courseId}/sessions")
    @Operation(summary = "A course's sessions, in the order they start", description = "updatedSince also gives the sessions "
            + "whose places taken changed since, with an enrolment.")
    Page<SessionView> ofCourse(@PathVariable UUID courseId,
                               UpdatedSince updatedSince,
                               PageQuery page) {
        return sessions.ofCourse(courseId, updatedSince.moment(), page).map(SessionView::of);
    }

    @GetMapping("/api/v1/sessions/{id}")
    @Operation(summary = "One session, with its ETag")
    ResponseEntity<SessionView> session(@PathVariable UUID id) {
        return withETag(sessions.session(id));
    }

    @PutMapping("/api/v1/sessions/{id}")
    @Operation(summary = "Change a planned or open session's time, place, places or trainer")
    ResponseEntity<SessionView> replan(@PathVariable UUID id,
                                       @Valid @RequestBody SessionBody body, ExpectedVersion expected) {
        return withETag(sessions.replan(id, expected.value(), body.toPlan()));
    }

    @PostMapping("/api/v1/sessions/{id}/opening")
    @Operation(summary = "Open a planned session for enrolment")
    ResponseEntity<SessionView> open(@PathVariable UUID id, ExpectedVersion expected) {
        return withETag(sessions.open(id, expected.value()));
    }

    @PostMapping("/api/v1/sessions/{id}/holding")
    @Operation(summary = "Record that a session took place", description = "Once it has started; viewerCount for an online session.")
    ResponseEntity<SessionView> hold(@PathVariable UUID id,
                                     @Valid @RequestBody HoldingBody body, ExpectedVersion expected) {
        return withETag(sessions.hold(id, expected.value(), body.viewerCount()));
    }

    @PostMapping("/api/v1/sessions/{id}/cancellation")
    @Operation(summary = "Cancel a planned or open session")
    ResponseEntity<SessionView> cancel(@PathVariable UUID id, ExpectedVersion expected) {
        return withETag(sessions.cancel(id, expected.value()));
    }

    private static ResponseEntity<SessionView> withETag(CourseSession session) {
        return Versions.ok(SessionView.of(session), session.version());
    }
}
