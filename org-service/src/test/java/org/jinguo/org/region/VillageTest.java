package org.jinguo.org.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class VillageTest {

    private final Village yantang = Village.register(UUID.randomUUID(), "GUSHAN", VillageKind.VILLAGE, "晏塘村", "Yantang", null);

    @Test
    void aRetiredVillageCannotChangeAgain() {
        yantang.retire(LocalDate.of(2024, 12, 31));

        assertThat(yantang.status()).isEqualTo(VillageStatus.RETIRED);
        assertThat(yantang.retiredOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> yantang.revise(VillageKind.VILLAGE, "新晏塘村", null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("VILLAGE_RETIRED"));
        assertThatThrownBy(() -> yantang.retire(LocalDate.of(2025, 1, 1))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void everyChangeIsANewVersion() {
        yantang.revise(VillageKind.COMMUNITY, "晏塘社区", "Yantang Community", null);

        assertThat(yantang.version()).isEqualTo(2);
        assertThat(yantang.kind()).isEqualTo(VillageKind.COMMUNITY);
    }
}
