package org.jinguo.training.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jinguo.audit.AuditTrail;
import org.jinguo.training.course.Course;
import org.jinguo.training.course.CourseService;
import org.jinguo.training.session.SessionViews.SessionView;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans, opens, holds and cancels a course's sessions, in the course's town for town staff. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SessionService {

    private final SessionRepository sessions;
    private final CourseService courses;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CourseSession plan(UUID courseId, UUID requestedId, SessionPlan plan) {
        Course course = courses.course(courseId);
        TownScope.requireActsIn(course.outline().townCode());
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (sessions.exists(id)) {
            throw ApiException.conflict("SESSION_ID_TAKEN", id);
        }
        CourseSession session = CourseSession.plan(id, courseId, plan);
        sessions.insert(session);
        audit.record("session.planned", "session", id, null, SessionView.of(session));
        return session;
    }

    /** Sessions are open to every caller: women choose from them in the app. */
    @Transactional(readOnly = true)
    public CourseSession session(UUID id) {
        return sessions.find(id).orElseThrow(() -> notFound(id));
    }

    /** The session, locked until the caller's transaction ends, so changes to its roll take their turn. */
    public CourseSession lockedSession(UUID id) {
        return sessions.lock(id).orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("SESSION_NOT_FOUND", id);
    }

    @Transactional(readOnly = true)
    Page<CourseSession> ofCourse(UUID courseId, OffsetDateTime updatedSince, PageQuery query) {
        courses.course(courseId);
        return sessions.ofCourse(courseId, updatedSince, query);
    }

    CourseSession replan(UUID id, long expectedVersion, SessionPlan plan) {
        CourseSession session = change(id, expectedVersion, "session.replanned", each -> each.replan(plan));
        events.publishEvent(new SessionReplanned(id, plan.capacity(), session.placesTaken()));
        return session(id);
    }

    CourseSession open(UUID id, long expectedVersion) {
        return change(id, expectedVersion, "session.opened", CourseSession::open);
    }

    CourseSession hold(UUID id, long expectedVersion, Integer viewers) {
        return change(id, expectedVersion, "session.held", session -> session.hold(viewers, clock.instant()));
    }

    CourseSession cancel(UUID id, long expectedVersion) {
        return change(id, expectedVersion, "session.cancelled", CourseSession::cancel);
    }

    private CourseSession change(UUID id, long expectedVersion, String action, Consumer<CourseSession> change) {
        CourseSession session = lockedSession(id);
        TownScope.requireActsIn(courses.course(session.courseId()).outline().townCode());
        Versions.requireUnchanged(session.version(), expectedVersion);
        SessionView before = SessionView.of(session);
        change.accept(session);
        Versions.requireWritten(sessions.update(session, expectedVersion));
        audit.record(action, "session", id, before, SessionView.of(session));
        return session;
    }
}
