package org.jinguo.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalNameTest {

    @Test
    void aStrangerSeesTheFirstAndLastCharactersOnly() {
        assertThat(PersonalName.masked("应小芳")).isEqualTo("应*芳");
        assertThat(PersonalName.masked("欧阳丽华")).isEqualTo("欧**华");
        assertThat(PersonalName.masked("胡芳")).isEqualTo("胡*");
        assertThat(PersonalName.masked("芳")).isEqualTo("芳");
    }
}
