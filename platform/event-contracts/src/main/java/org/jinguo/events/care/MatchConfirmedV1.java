package org.jinguo.events.care;

import java.time.LocalDate;
import java.util.UUID;

/** Staff confirmed a proposed match: the mother cares for the child from startedOn. Subject and key: the match id. */
public record MatchConfirmedV1(
        UUID matchId,
        UUID childId,
        UUID motherId,
        LocalDate startedOn) {
}
