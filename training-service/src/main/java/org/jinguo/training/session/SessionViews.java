package org.jinguo.training.session;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the sessions API returns. */
final class SessionViews {

    private SessionViews() {
    }

    /**
     * @param placesTaken enrolments holding a place; the others wait
     * @param viewerCount how many watched an online session, once held
     */
    record SessionView(UUID id, UUID courseId, Instant startsAt, Instant endsAt, boolean online, @Nullable String place, int capacity,
                       int placesTaken, @Nullable String trainer, SessionStatus status, @Nullable Integer viewerCount, long version) {

        static SessionView of(CourseSession session) {
            SessionPlan plan = session.plan();
            return new SessionView(session.id(), session.courseId(), plan.startsAt(), plan.endsAt(), plan.online(), plan.place(),
                    plan.capacity(), session.placesTaken(), plan.trainer(), session.shownStatus(), session.viewerCount(), session.version());
        }
    }
}
