package org.jinguo.care.donation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DonationTest {

    @Test
    void whatRemainsIsTheValueLessWhatWasGivenOut() {
        Donation donation = new Donation(UUID.randomUUID(), DonationKind.GOODS, "仙居爱心商家", DonorKind.MERCHANT, "冬衣 50 件", 100_000,
                LocalDate.of(2025, 1, 2), "XIANJU", 90_000);

        assertThat(donation.remainingFen()).isEqualTo(10_000);
    }
}
