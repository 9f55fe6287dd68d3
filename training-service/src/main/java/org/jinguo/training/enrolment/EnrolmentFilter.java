package org.jinguo.training.enrolment;

import java.util.UUID;

/** Which enrolments to list: a session's roll or a woman's enrolments, optionally of one status. Null means any. */
record EnrolmentFilter(UUID sessionId, UUID personId, EnrolmentStatus status) {
}
