package org.jinguo.training.session;

import java.time.Instant;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * One session of a course: when, where (a place, or online), how many places, who teaches. It
 * is planned, opened for enrolment, then held or cancelled; an online session records how many
 * watched once held. Rules about time are relative to the session's own dates, so past sessions
 * can be recorded as held.
 */
public final class CourseSession {

    private final UUID id;
    private final UUID courseId;
    private SessionPlan plan;
    private SessionStatus status;
    private Integer viewerCount;
    private final int placesTaken;
    private long version;

    /** @param placesTaken how many enrolments hold a place (the waiting list not counted) */
    public CourseSession(UUID id, UUID courseId, SessionPlan plan, SessionStatus status, Integer viewerCount, int placesTaken,
                         long version) {
        this.id = id;
        this.courseId = courseId;
        this.plan = plan;
        this.status = status;
        this.viewerCount = viewerCount;
        this.placesTaken = placesTaken;
        this.version = version;
    }

    public static CourseSession plan(UUID id, UUID courseId, SessionPlan plan) {
        return new CourseSession(id, courseId, plan, SessionStatus.PLANNED, null, 0, 1);
    }

    /** A new capacity below the places already taken is refused: nobody loses a place she was given. */
    public void replan(SessionPlan plan) {
        requireStatus(SessionStatus.PLANNED, SessionStatus.OPEN);
        if (plan.capacity() < placesTaken) {
            throw new RuleViolation("CAPACITY_BELOW_PLACES_TAKEN", id, placesTaken);
        }
        this.plan = plan;
        version++;
    }

    public void open() {
        requireStatus(SessionStatus.PLANNED);
        status = SessionStatus.OPEN;
        version++;
    }

    /**
     * Records that it took place, with how many watched if it was online.
     *
     * @param now the moment it is recorded: a session that has not started yet cannot have been held
     */
    public void hold(Integer viewers, Instant now) {
        requireStatus(SessionStatus.PLANNED, SessionStatus.OPEN);
        if (plan.startsAt().isAfter(now)) {
            throw new RuleViolation("SESSION_NOT_STARTED", id, plan.startsAt());
        }
        if (viewers != null && !plan.online()) {
            throw new RuleViolation("VIEWERS_ONLINE_ONLY", id);
        }
        status = SessionStatus.HELD;
        viewerCount = viewers;
        version++;
    }

    public void cancel() {
        requireStatus(SessionStatus.PLANNED, SessionStatus.OPEN);
        status = SessionStatus.CANCELLED;
        version++;
    }

    private void requireStatus(SessionStatus... allowed) {
        for (SessionStatus each : allowed) {
            if (status == each) {
                return;
            }
        }
        throw new RuleViolation("SESSION_STATUS", id, status);
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public SessionPlan plan() {
        return plan;
    }

    public SessionStatus status() {
        return status;
    }

    /** As people see it: an open session with no place left shows as FULL (new enrolments wait). */
    public SessionStatus shownStatus() {
        return status == SessionStatus.OPEN && placesTaken >= plan.capacity() ? SessionStatus.FULL : status;
    }

    public int placesTaken() {
        return placesTaken;
    }

    public Integer viewerCount() {
        return viewerCount;
    }

    public long version() {
        return version;
    }
}
