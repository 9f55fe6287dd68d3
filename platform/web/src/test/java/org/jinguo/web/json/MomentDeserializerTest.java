package org.jinguo.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class MomentDeserializerTest {

    private final JsonMapper json = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(OffsetDateTime.class, new MomentDeserializer()))
            .build();

    record Session(OffsetDateTime startsAt) {
    }

    @Test
    void readsIsoTextWithAnOffset() {
        assertThat(json.readValue("{\"startsAt\":\"2023-05-10T09:00:00+08:00\"}", Session.class).startsAt())
                .isEqualTo(OffsetDateTime.parse("2023-05-10T09:00:00+08:00"));
    }

    @Test
    void refusesNumbersAndTextThatIsNotAMoment() {
        assertThatThrownBy(() -> json.readValue("{\"startsAt\":12345}", Session.class)).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> json.readValue("{\"startsAt\":\"2023-05-10 09:00\"}", Session.class))
                .isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> json.readValue("{\"startsAt\":\"2023-05-10T09:00:00\"}", Session.class))
                .as("a moment names its offset").isInstanceOf(DatabindException.class);
    }
}
