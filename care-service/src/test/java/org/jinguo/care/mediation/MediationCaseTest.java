package org.jinguo.care.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What of a mediation case leaves the vault: parties masked, notes for staff's reads only, neither in the audit. */
class MediationCaseTest {

    private final MediationCase closed = new MediationCase(UUID.randomUUID(), "MD-2025-000001", DisputeKind.CUSTODY,
            List.of(new Party("仙*山", "HUSBAND", "139****0077")), "XIANJU", LocalDate.of(2025, 1, 5), MediationStatus.CLOSED,
            MediationOutcome.AGREEMENT, "双方同意轮流照看", LocalDate.of(2025, 2, 1), 3);

    @Test
    void aPartyIsShownWithNameAndPhoneMaskedAndTheirRoleInClear() {
        assertThat(new Party("仙大山", "HUSBAND", "13905790077").masked()).isEqualTo(new Party("仙*山", "HUSBAND", "139****0077"));
        assertThat(new Party("仙小溪", "WIFE", null).masked()).isEqualTo(new Party("仙*溪", "WIFE", null));
    }

    @Test
    void aWritesAnswerKeepsThePartiesButNotTheNotes() {
        MediationCase answered = closed.withoutNotes();

        assertThat(answered.outcomeNotes()).isNull();
        assertThat(answered).usingRecursiveComparison().ignoringFields("outcomeNotes").isEqualTo(closed);
    }

    @Test
    void theAuditKeepsNeitherPartiesNorNotes() {
        MediationCase audited = closed.withoutParties();

        assertThat(audited.parties()).isNull();
        assertThat(audited.outcomeNotes()).isNull();
        assertThat(audited).usingRecursiveComparison().ignoringFields("parties", "outcomeNotes").isEqualTo(closed);
    }
}
