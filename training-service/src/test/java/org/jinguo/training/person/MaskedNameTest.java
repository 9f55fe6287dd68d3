package org.jinguo.training.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.service.contact.MobilePhone;
import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void aStrangerSeesTheFirstAndLastCharactersOnly() {
        assertThat(named("应小芳").maskedName()).isEqualTo("应*芳");
        assertThat(named("欧阳丽华").maskedName()).isEqualTo("欧**华");
        assertThat(named("胡芳").maskedName()).isEqualTo("胡*");
        assertThat(named("芳").maskedName()).isEqualTo("芳");
    }

    private static Person named(String name) {
        return Person.register(UUID.randomUUID(), new PersonDetails(name, MobilePhone.parse("13857912345").orElseThrow(), null, "GUSHAN",
                null, 1990), null);
    }
}
