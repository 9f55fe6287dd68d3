package org.jinguo.training.enrolment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the enrolments API returns. */
final class EnrolmentViews {

    private EnrolmentViews() {
    }

    /**
     * @param waitingPosition 1 for the first on the waiting list; null unless waiting (and in lists)
     * @param placedAt        when she got her place: at once, or when she moved up from the waiting list
     */
    record EnrolmentView(UUID id, UUID sessionId, UUID personId, EnrolmentStatus status, @Nullable Integer waitingPosition,
                         Instant requestedAt, @Nullable Instant placedAt, @Nullable Instant cancelledAt, @Nullable Instant checkedInAt,
                         long version) {

        static EnrolmentView of(Enrolment enrolment, Integer waitingPosition) {
            return new EnrolmentView(enrolment.id(), enrolment.sessionId(), enrolment.personId(), enrolment.status(), waitingPosition,
                    enrolment.requestedAt(), enrolment.placedAt(), enrolment.cancelledAt(), enrolment.checkedInAt(),
                    enrolment.version());
        }
    }
}
