package org.jinguo.care.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case can no longer be matched: closed, or the consent to services withdrawn. Published in the
 * change's transaction, so its match ends with it; the case itself has already changed status.
 *
 * @param reason CASE_CLOSED or CONSENT_WITHDRAWN
 */
public record ChildLeftMatching(UUID childId, LocalDate on, String reason) {
}
