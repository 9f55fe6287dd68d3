package org.jinguo.care.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReferralTest {

    @Test
    void anAnswerRecordsItsDayAndMakesANewVersionOfTheSameReferral() {
        Referral sent = new Referral(UUID.randomUUID(), UUID.randomUUID(), "shiguang-center", ReferralKind.COUNSELLING, LocalDate.of(2025, 1, 2),
                "staff-xu", ReferralStatus.SENT, null, "XIANJU", 1);

        Referral accepted = sent.answered(ReferralStatus.ACCEPTED, LocalDate.of(2025, 1, 9));

        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.answeredOn()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(accepted.version()).isEqualTo(2);
        assertThat(accepted).usingRecursiveComparison().ignoringFields("status", "answeredOn", "version").isEqualTo(sent);
        assertThat(sent.status()).as("the referral read stays as it was").isEqualTo(ReferralStatus.SENT);
    }
}
