package org.jinguo.care.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A match as the API shows it, with its score and the score's parts. */
record MatchView(UUID id, UUID childId, UUID motherId, @Nullable UUID runId, MatchStatus status, int score, ScoreParts scoreParts,
                 String townCode, Instant proposedAt, @Nullable Instant decidedAt, @Nullable String decidedBy,
                 @Nullable String decisionNote, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String endReason,
                 long version) {

    static MatchView of(Match match) {
        return new MatchView(match.id(), match.childId(), match.motherId(), match.runId(), match.status(), match.score().total(), match.score(),
                match.townCode(), match.proposedAt(), match.decidedAt(), match.decidedBy(), match.decisionNote(), match.startedOn(),
                match.endedOn(), match.endReason(), match.version());
    }
}
