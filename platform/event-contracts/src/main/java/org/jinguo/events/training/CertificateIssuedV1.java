package org.jinguo.events.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A completion certificate was issued; anyone can verify its number at
 * {@code GET /api/v1/certificates/{number}}. Subject and key: the person id.
 */
public record CertificateIssuedV1(
        String number,
        UUID completionId,
        UUID courseId,
        UUID personId,
        LocalDate issuedOn) {
}
