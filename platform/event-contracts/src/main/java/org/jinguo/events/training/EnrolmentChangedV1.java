package org.jinguo.events.training;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrolment's full state after a change. Subject and key: the session id.
 *
 * @param status      {@code ENROLLED} (holds a place), {@code WAITING} or {@code CANCELLED}
 * @param requestedAt when she asked for a place: the waiting list's order
 * @param attended    whether she checked in
 * @param revision    increases with every change of this enrolment
 */
public record EnrolmentChangedV1(
        UUID id,
        UUID sessionId,
        UUID courseId,
        UUID personId,
        String status,
        Instant requestedAt,
        boolean attended,
        long revision) {
}
