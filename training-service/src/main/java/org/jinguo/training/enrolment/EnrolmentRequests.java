package org.jinguo.training.enrolment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The bodies the enrolments API accepts. */
final class EnrolmentRequests {

    private EnrolmentRequests() {
    }

    /**
     * @param id          optional: an offline-capable client may choose the id
     * @param requestedAt optional, for importing past records (CITY_ADMIN, ACADEMY_STAFF): when she asked for a place
     */
    record EnrolmentBody(UUID id, @NotNull UUID personId, OffsetDateTime requestedAt) {
    }

    /** @param checkedInAt optional, for staff recording attendance afterwards: when she came; now by default */
    record AttendanceBody(OffsetDateTime checkedInAt) {
    }
}
