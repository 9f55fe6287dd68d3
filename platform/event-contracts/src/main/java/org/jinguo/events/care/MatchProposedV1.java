package org.jinguo.events.care;

import java.util.UUID;

/**
 * A caring mother was proposed for a child, by a batch run or for the child alone. Subject and key: the match id.
 *
 * @param runId null for a proposal made for one child
 * @param score the weighted score, 0 to 1000
 */
public record MatchProposedV1(
        UUID matchId,
        UUID childId,
        UUID motherId,
        UUID runId,
        int score) {
}
