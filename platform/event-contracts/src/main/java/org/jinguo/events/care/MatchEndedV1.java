package org.jinguo.events.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A confirmed match ended. Subject and key: the match id.
 *
 * @param reason e.g. MOTHER_WITHDREW, CASE_CLOSED, CONSENT_WITHDRAWN, ENDED_BY_STAFF
 */
public record MatchEndedV1(
        UUID matchId,
        UUID childId,
        UUID motherId,
        LocalDate endedOn,
        String reason) {
}
