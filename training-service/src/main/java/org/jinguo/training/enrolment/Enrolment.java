package org.jinguo.training.enrolment;

import java.time.Instant;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * A woman's enrolment in one session: she holds a place or waits for one, in the order she asked
 * ({@code requestedAt}); she may cancel before the session starts, and checks in when she comes.
 */
public final class Enrolment {

    private final UUID id;
    private final UUID sessionId;
    private final UUID personId;
    private EnrolmentStatus status;
    private final Instant requestedAt;
    private Instant placedAt;
    private Instant cancelledAt;
    private Instant checkedInAt;
    private long version;

    public Enrolment(UUID id, UUID sessionId, UUID personId, EnrolmentStatus status, Instant requestedAt, Instant placedAt,
                     Instant cancelledAt, Instant checkedInAt, long version) {
        this.id = id;
        this.sessionId = sessionId;
        this.personId = personId;
        this.status = status;
        this.requestedAt = requestedAt;
        this.placedAt = placedAt;
        this.cancelledAt = cancelledAt;
        this.checkedInAt = checkedInAt;
        this.version = version;
    }

    /** She asks for a place: she gets one if any is free, else she joins the end of the waiting list. */
    static Enrolment request(UUID id, UUID sessionId, UUID personId, Instant requestedAt, boolean placeFree) {
        return placeFree
                ? new Enrolment(id, sessionId, personId, EnrolmentStatus.ENROLLED, requestedAt, requestedAt, null, null, 1)
                : new Enrolment(id, sessionId, personId, EnrolmentStatus.WAITING, requestedAt, null, null, null, 1);
    }

    /** @return whether she gave up a place (so the first waiting moves up) */
    boolean cancel(Instant at) {
        if (status == EnrolmentStatus.CANCELLED) {
            throw new RuleViolation("ENROLMENT_CANCELLED", id);
        }
        boolean heldPlace = status == EnrolmentStatus.ENROLLED;
        status = EnrolmentStatus.CANCELLED;
        cancelledAt = at;
        version++;
        return heldPlace;
    }

    void promote(Instant at) {
        if (status != EnrolmentStatus.WAITING) {
            throw new IllegalStateException("only a waiting enrolment moves up: " + id + " is " + status);
        }
        status = EnrolmentStatus.ENROLLED;
        placedAt = at;
        version++;
    }

    /** @return false when she had checked in already: a repeated check-in changes nothing */
    boolean checkIn(Instant at) {
        if (status != EnrolmentStatus.ENROLLED) {
            throw new RuleViolation("NOT_HOLDING_A_PLACE", id, status);
        }
        if (checkedInAt != null) {
            return false;
        }
        checkedInAt = at;
        version++;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public UUID personId() {
        return personId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public long version() {
        return version;
    }
}
