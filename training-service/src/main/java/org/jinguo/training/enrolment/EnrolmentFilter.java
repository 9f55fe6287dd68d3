package org.jinguo.training.enrolment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which enrolments to list: a session's roll or a woman's enrolments, optionally of one status
 * and only those changed since a moment. Null means any.
 */
record EnrolmentFilter(UUID sessionId, UUID personId, EnrolmentStatus status, OffsetDateTime updatedSince) {
}
