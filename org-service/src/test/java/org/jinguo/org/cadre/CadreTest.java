package org.jinguo.org.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class CadreTest {

    @Test
    void listsShowThePhoneWithItsMiddleFourDigitsHidden() {
        Cadre cadre = Cadre.appoint(UUID.randomUUID(), UUID.randomUUID(), "王丽", CadrePost.CHAIR, "13857912345", LocalDate.of(2021, 1, 1));

        assertThat(cadre.maskedPhone()).isEqualTo("138****2345");
    }

    @Test
    void anEndedTermIsAPastPostAndNoLongerChanges() {
        Cadre cadre = Cadre.appoint(UUID.randomUUID(), UUID.randomUUID(), "王丽", CadrePost.CHAIR, null, LocalDate.of(2021, 1, 1));

        cadre.endTerm(LocalDate.of(2023, 12, 31));

        assertThat(cadre.isCurrentOn(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(cadre.isCurrentOn(LocalDate.of(2024, 1, 1))).isFalse();
        assertThatThrownBy(() -> cadre.revise("王丽", CadrePost.VICE_CHAIR, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Cadre.appoint(UUID.randomUUID(), UUID.randomUUID(), "李", CadrePost.LIAISON, null,
                LocalDate.of(2021, 1, 1)).endTerm(LocalDate.of(2020, 1, 1))).isInstanceOf(RuleViolation.class);
    }
}
