package org.jinguo.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void checkCharactersAgreeWithPublishedExamples() {
        // The standards' own worked examples.
        assertThat(Identifiers.idNumberCheck("11010519491231002")).isEqualTo('X');
        assertThat(Identifiers.creditCodeCheck("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void aWomansIdNumberNamesHerBirthDateAndAnEvenSequence() {
        String number = Identifiers.womansIdNumber(LocalDate.of(1978, 5, 9), 17);

        assertThat(number).hasSize(18).startsWith("33078419780509");
        assertThat((number.charAt(16) - '0') % 2).isZero();
        assertThat(number.charAt(17)).isEqualTo(Identifiers.idNumberCheck(number.substring(0, 17)));
    }

    @Test
    void creditCodesAreDistinctPerSerialAndUseOnlyTheStandardsCharacters() {
        String one = Identifiers.creditCode('Y', 1);
        String other = Identifiers.creditCode('Y', 30_000);

        assertThat(one).hasSize(18).matches("[0-9A-HJ-NP-RTUWXY]{18}").isNotEqualTo(other);
        assertThat(other.charAt(17)).isEqualTo(Identifiers.creditCodeCheck(other.substring(0, 17)));
    }
}
