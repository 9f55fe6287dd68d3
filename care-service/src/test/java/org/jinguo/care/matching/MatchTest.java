package org.jinguo.care.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.care.Refusal;
import org.junit.jupiter.api.Test;

class MatchTest {

    private static final Instant PROPOSED_AT = Instant.parse("2025-03-01T02:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2025-03-02T02:00:00Z");
    private static final LocalDate STARTED = LocalDate.of(2025, 3, 3);

    @Test
    void aProposalWaitsForStaff() {
        Match match = proposal();

        assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(match.version()).isEqualTo(1);
        assertThat(match.startedOn()).isNull();
        assertThat(match.decidedBy()).isNull();
    }

    @Test
    void confirmingStartsTheMatchAndRecordsWhoDecidedWhen() {
        Match match = proposal();

        match.confirm(STARTED, "staff-chen", DECIDED_AT);

        assertThat(match.status()).isEqualTo(MatchStatus.CONFIRMED);
        assertThat(match.startedOn()).isEqualTo(STARTED);
        assertThat(match.decidedBy()).isEqualTo("staff-chen");
        assertThat(match.decidedAt()).isEqualTo(DECIDED_AT);
        assertThat(match.version()).isEqualTo(2);
    }

    @Test
    void aMatchIsConfirmedOnceAndAConfirmedOneIsNotRejected() {
        Match match = proposal();
        match.confirm(STARTED, "staff-chen", DECIDED_AT);

        assertThat(Refusal.of(() -> match.confirm(STARTED.plusDays(5), "staff-lin", DECIDED_AT.plusSeconds(60))))
                .isEqualTo(new Refusal(409, "MATCH_STATUS"));
        assertThat(Refusal.of(() -> match.reject("另选一位", "staff-lin", DECIDED_AT))).isEqualTo(new Refusal(409, "MATCH_STATUS"));
        assertThat(match.startedOn()).isEqualTo(STARTED);
        assertThat(match.decidedBy()).isEqualTo("staff-chen");
        assertThat(match.version()).isEqualTo(2);
    }

    @Test
    void aRejectionKeepsItsReasonAndIsFinal() {
        Match match = proposal();

        match.reject("家长希望由同村妈妈结对", "staff-chen", DECIDED_AT);

        assertThat(match.status()).isEqualTo(MatchStatus.REJECTED);
        assertThat(match.decisionNote()).isEqualTo("家长希望由同村妈妈结对");
        assertThat(Refusal.of(() -> match.confirm(STARTED, "staff-lin", DECIDED_AT))).isEqualTo(new Refusal(409, "MATCH_STATUS"));
        assertThat(match.startedOn()).isNull();
    }

    @Test
    void onlyAConfirmedMatchEndsAndNeverBeforeItStarted() {
        Match proposed = proposal();
        assertThat(Refusal.of(() -> proposed.end(STARTED, "FAMILY_REUNITED"))).isEqualTo(new Refusal(409, "MATCH_STATUS"));

        Match match = proposal();
        match.confirm(STARTED, "staff-chen", DECIDED_AT);
        assertThat(Refusal.of(() -> match.end(STARTED.minusDays(1), "FAMILY_REUNITED")))
                .isEqualTo(new Refusal(400, "endedOn BEFORE_START"));
        assertThat(match.status()).isEqualTo(MatchStatus.CONFIRMED);
        assertThat(match.endedOn()).isNull();
    }

    @Test
    void endingSetsTheDayAndReasonAndHappensOnce() {
        Match match = proposal();
        match.confirm(STARTED, "staff-chen", DECIDED_AT);

        match.end(STARTED, "MOTHER_WITHDREW");

        assertThat(match.status()).isEqualTo(MatchStatus.ENDED);
        assertThat(match.endedOn()).as("a match may end the day it started").isEqualTo(STARTED);
        assertThat(match.endReason()).isEqualTo("MOTHER_WITHDREW");
        assertThat(match.version()).isEqualTo(3);
        assertThat(Refusal.of(() -> match.end(STARTED.plusDays(1), "OTHER"))).isEqualTo(new Refusal(409, "MATCH_STATUS"));
        assertThat(match.endReason()).isEqualTo("MOTHER_WITHDREW");
    }

    private static Match proposal() {
        return Match.propose(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, new ScoreParts(300, 200, 150, 100), "GUSHAN",
                PROPOSED_AT);
    }
}
