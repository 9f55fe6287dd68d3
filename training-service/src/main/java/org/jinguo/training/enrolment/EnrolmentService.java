package org.jinguo.training.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.training.completion.CompletionService;
import org.jinguo.training.course.Course;
import org.jinguo.training.course.CourseService;
import org.jinguo.training.enrolment.EnrolmentViews.EnrolmentView;
import org.jinguo.training.person.Person;
import org.jinguo.training.person.PersonService;
import org.jinguo.training.session.CourseSession;
import org.jinguo.training.session.SessionReplanned;
import org.jinguo.training.session.SessionService;
import org.jinguo.training.session.SessionStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places in a session, first come, first served. Every change to a session's roll holds the
 * session's row lock, so enrolments arriving at once, on any instance, take their turn: places
 * are never over-given. Her place in the queue is the database's clock once she holds the lock,
 * so the waiting list's order is the order places were handed out, whatever instance she reached.
 */
@Service
@Transactional
@RequiredArgsConstructor
class EnrolmentService {

    private static final Duration CHECK_IN_OPENS = Duration.ofHours(1);

    private final EnrolmentRepository enrolments;
    private final SessionService sessions;
    private final CourseService courses;
    private final PersonService people;
    private final CompletionService completions;
    private final EnrolmentEvents events;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    /**
     * Enrols her if a place is free, else puts her on the waiting list. Enrolment closes when the
     * session starts: at the moment of the request, or at {@code importedRequestedAt} for a past
     * record loaded by a role that may import.
     */
    Enrolment enrol(UUID sessionId, UUID requestedId, UUID personId, Instant importedRequestedAt) {
        Person person = people.person(personId);
        if (importedRequestedAt != null) {
            requireImport(importedRequestedAt, clock.instant());
        }
        CourseSession session = sessions.lockedSession(sessionId);
        Instant requestedAt = importedRequestedAt == null ? enrolments.momentUnderLock() : importedRequestedAt;
        boolean acceptsEnrolment = session.status() == SessionStatus.OPEN
                || importedRequestedAt != null && session.status() == SessionStatus.HELD;
        if (!acceptsEnrolment) {
            throw ApiException.conflict("SESSION_NOT_OPEN", sessionId, session.status());
        }
        if (!requestedAt.isBefore(session.plan().startsAt())) {
            throw ApiException.conflict("ENROLMENT_CLOSED", sessionId, session.plan().startsAt());
        }
        if (enrolments.live(sessionId, person.id()).isPresent()) {
            throw ApiException.conflict("ALREADY_ENROLLED", sessionId);
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (enrolments.exists(id)) {
            throw ApiException.conflict("ENROLMENT_ID_TAKEN", id);
        }
        Enrolment enrolment = Enrolment.request(id, sessionId, person.id(), requestedAt,
                session.placesTaken() < session.plan().capacity());
        enrolments.insert(enrolment);
        audit.record("enrolment.requested", "enrolment", id, null, EnrolmentView.of(enrolment, null));
        events.changed(enrolment, session.courseId());
        return enrolment;
    }

    /** She gives up her place or her turn; if she held a place, the first waiting moves up. Closed once the session starts. */
    Enrolment cancel(UUID id) {
        Enrolment enrolment = visible(id);
        CourseSession session = sessions.lockedSession(enrolment.sessionId());
        enrolment = visible(id);
        Instant now = clock.instant();
        if (!now.isBefore(session.plan().startsAt())) {
            throw ApiException.conflict("ENROLMENT_CLOSED", session.id(), session.plan().startsAt());
        }
        EnrolmentView before = EnrolmentView.of(enrolment, null);
        boolean freedAPlace = enrolment.cancel(now);
        enrolments.update(enrolment);
        audit.record("enrolment.cancelled", "enrolment", id, before, EnrolmentView.of(enrolment, null));
        events.changed(enrolment, session.courseId());
        if (freedAPlace) {
            promote(session.id(), session.courseId(), session.plan().capacity(), session.placesTaken() - 1, now);
        }
        return enrolment;
    }

    /**
     * Records that she came; repeating it changes nothing. Check-in opens an hour before the
     * session starts; a woman checks herself in until it ends, staff may state when she came, to
     * record attendance afterwards. An attendance may complete the course by its rule.
     */
    Enrolment checkIn(UUID id, Instant statedAt) {
        visible(id);
        CourseSession session = sessions.lockedSession(enrolments.find(id).orElseThrow(() -> notFound(id)).sessionId());
        Enrolment enrolment = visible(id);
        Instant now = clock.instant();
        Instant at = statedAt == null ? now : requireStaffRecording(statedAt, now);
        if (session.status() == SessionStatus.CANCELLED || session.status() == SessionStatus.PLANNED) {
            throw ApiException.conflict("SESSION_NOT_OPEN", session.id(), session.status());
        }
        if (at.isBefore(session.plan().startsAt().minus(CHECK_IN_OPENS))) {
            throw ApiException.conflict("CHECK_IN_NOT_OPEN", session.id(), session.plan().startsAt());
        }
        if (statedAt == null && PersonService.isResidentOnly(Caller.current()) && now.isAfter(session.plan().endsAt())) {
            throw ApiException.conflict("CHECK_IN_CLOSED", session.id(), session.plan().endsAt());
        }
        EnrolmentView before = EnrolmentView.of(enrolment, null);
        if (!enrolment.checkIn(at)) {
            return enrolment;
        }
        enrolments.update(enrolment);
        audit.record("enrolment.attended", "enrolment", id, before, EnrolmentView.of(enrolment, null));
        events.changed(enrolment, session.courseId());
        completions.afterAttendance(courses.course(session.courseId()), enrolment.personId(),
                LocalDate.ofInstant(session.plan().startsAt(), BusinessDates.ZONE));
        return enrolment;
    }

    /** A larger capacity lets the first waiting women move up; the session is still locked by the replanning. */
    @EventListener
    void on(SessionReplanned replanned) {
        CourseSession session = sessions.session(replanned.sessionId());
        promote(session.id(), session.courseId(), replanned.capacity(), replanned.placesTaken(), clock.instant());
    }

    private void promote(UUID sessionId, UUID courseId, int capacity, int placesTaken, Instant at) {
        int free = capacity - placesTaken;
        if (free <= 0) {
            return;
        }
        List<Enrolment> movedUp = WaitingList.promote(capacity, placesTaken, enrolments.firstWaiting(sessionId, free), at);
        for (Enrolment each : movedUp) {
            enrolments.update(each);
            audit.record("enrolment.promoted", "enrolment", each.id(), null, EnrolmentView.of(each, null));
            events.changed(each, courseId);
        }
    }

    /** An enrolment the caller may see: her own for a RESIDENT, her town's women for town staff; others answer 404. */
    @Transactional(readOnly = true)
    Enrolment visible(UUID id) {
        Enrolment enrolment = enrolments.find(id).orElseThrow(() -> notFound(id));
        try {
            people.person(enrolment.personId());
        } catch (ApiException hidden) {
            throw notFound(id);
        }
        return enrolment;
    }

    @Transactional(readOnly = true)
    Integer waitingPosition(Enrolment enrolment) {
        return enrolments.waitingPosition(enrolment);
    }

    /**
     * A session's roll (staff, town staff for their town's courses) or a woman's enrolments (whoever may see her record).
     */
    @Transactional(readOnly = true)
    Page<Enrolment> enrolments(EnrolmentFilter filter, PageQuery query) {
        if (filter.personId() != null) {
            people.person(filter.personId());
        } else if (filter.sessionId() != null) {
            Course course = courses.course(sessions.session(filter.sessionId()).courseId());
            if (PersonService.isResidentOnly(Caller.current())) {
                throw ApiException.forbidden("ROLL_STAFF_ONLY");
            }
            TownScope.requireActsIn(course.outline().townCode());
        } else {
            throw ApiException.invalid("sessionId", "SESSION_OR_PERSON_REQUIRED");
        }
        return enrolments.search(filter, query);
    }

    private static Instant requireStaffRecording(Instant checkedInAt, Instant now) {
        if (PersonService.isResidentOnly(Caller.current())) {
            throw ApiException.forbidden("STAFF_RECORD_ONLY");
        }
        if (checkedInAt.isAfter(now)) {
            throw ApiException.invalid("checkedInAt", "IN_THE_FUTURE");
        }
        return checkedInAt;
    }

    /** Only a role that may import past records states when an enrolment was asked for. */
    private static void requireImport(Instant requestedAt, Instant now) {
        Caller caller = Caller.current();
        if (!caller.hasRole("CITY_ADMIN") && !caller.hasRole("ACADEMY_STAFF")) {
            throw ApiException.forbidden("IMPORT_NOT_ALLOWED");
        }
        if (requestedAt.isAfter(now)) {
            throw ApiException.invalid("requestedAt", "IN_THE_FUTURE");
        }
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("ENROLMENT_NOT_FOUND", id);
    }
}
