package org.jinguo.care.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.ApiException;

/** A caring mother proposed for a child, and what became of it. */
final class Match {

    private final UUID id;
    private final UUID childId;
    private final UUID motherId;
    private final UUID runId;
    private MatchStatus status;
    private final ScoreParts score;
    private final String townCode;
    private final Instant proposedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private String endReason;
    private long version;

    Match(UUID id, UUID childId, UUID motherId, UUID runId, MatchStatus status, ScoreParts score, String townCode, Instant proposedAt,
          Instant decidedAt, String decidedBy, String decisionNote, LocalDate startedOn, LocalDate endedOn, String endReason, long version) {
        this.id = id;
        this.childId = childId;
        this.motherId = motherId;
        this.runId = runId;
        this.status = status;
        this.score = score;
        this.townCode = townCode;
        this.proposedAt = proposedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.decisionNote = decisionNote;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.endReason = endReason;
        this.version = version;
    }

    static Match propose(UUID id, UUID childId, UUID motherId, UUID runId, ScoreParts score, String townCode, Instant at) {
        return new Match(id, childId, motherId, runId, MatchStatus.PROPOSED, score, townCode, at, null, null, null, null, null, null, 1);
    }

    void confirm(LocalDate on, String by, Instant at) {
        requireStatus(MatchStatus.PROPOSED);
        status = MatchStatus.CONFIRMED;
        startedOn = on;
        decide(by, null, at);
    }

    void reject(String note, String by, Instant at) {
        requireStatus(MatchStatus.PROPOSED);
        status = MatchStatus.REJECTED;
        decide(by, note, at);
    }

    void end(LocalDate on, String reason) {
        requireStatus(MatchStatus.CONFIRMED);
        if (on.isBefore(startedOn)) {
            throw ApiException.invalid("endedOn", "BEFORE_START", startedOn);
        }
        status = MatchStatus.ENDED;
        endedOn = on;
        endReason = reason;
        version++;
    }

    private void decide(String by, String note, Instant at) {
        decidedBy = by;
        decisionNote = note;
        decidedAt = at;
        version++;
    }

    private void requireStatus(MatchStatus expected) {
        if (status != expected) {
            throw ApiException.conflict("MATCH_STATUS", id, status);
        }
    }

    UUID id() {
        return id;
    }

    UUID childId() {
        return childId;
    }

    UUID motherId() {
        return motherId;
    }

    UUID runId() {
        return runId;
    }

    MatchStatus status() {
        return status;
    }

    ScoreParts score() {
        return score;
    }

    String townCode() {
        return townCode;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    String decisionNote() {
        return decisionNote;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    String endReason() {
        return endReason;
    }

    long version() {
        return version;
    }
}
