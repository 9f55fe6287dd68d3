package org.jinguo.training.completion;

import java.time.LocalDate;
import java.util.UUID;

/** She completed a course by its rule, on the date of the session that completed it; the certificate was issued that day. */
public record Completion(UUID id, UUID courseId, UUID personId, LocalDate completedOn, CertificateNumber certificateNumber,
                         LocalDate issuedOn) {
}
