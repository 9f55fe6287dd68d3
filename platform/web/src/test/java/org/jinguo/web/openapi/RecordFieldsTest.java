package org.jinguo.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

    enum Status { OPEN, CLOSED }

    record CaseView(String caseNumber, @Nullable LocalDate closedOn, @Nullable Status closeReason, int version) {
    }

    record CaseBody(@NotBlank @Size(max = 20) String caseNumber, @NotNull Status status, @Nullable String school, LocalDate closedOn) {
    }

    @Test
    void everyFieldOfAnAnswerIsRequiredAndOnlyNullableOnesMayBeNull() {
        Schema<?> view = schemas(CaseView.class).get("CaseView");

        assertThat(view.getRequired()).containsExactlyInAnyOrder("caseNumber", "closedOn", "closeReason", "version");
        assertThat(view.getProperties().get("caseNumber").getTypes()).containsExactly("string");
        assertThat(view.getProperties().get("closedOn").getTypes()).containsExactlyInAnyOrder("string", "null");
        assertThat(view.getProperties().get("closeReason").getAnyOf()).hasSize(2);
    }

    @Test
    void aRequestRequiresWhatItsConstraintsRequireAndTakesNullForTheRest() {
        Schema<?> body = schemas(CaseBody.class).get("CaseBody");

        assertThat(body.getRequired()).containsExactlyInAnyOrder("caseNumber", "status");
        assertThat(body.getProperties().get("caseNumber").getMinLength()).as("text it requires").isEqualTo(1);
        assertThat(body.getProperties().get("school").getTypes()).containsExactlyInAnyOrder("string", "null");
        assertThat(body.getProperties().get("school").getMinLength()).isNull();
        assertThat(body.getProperties().get("closedOn").getTypes()).containsExactlyInAnyOrder("string", "null");
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Map<String, Schema> schemas(Class<?> type) {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new RecordFields());
        boolean enumsAsRef = io.swagger.v3.core.jackson.ModelResolver.enumsAsRef;
        io.swagger.v3.core.jackson.ModelResolver.enumsAsRef = true;
        try {
            return converters.readAll(new AnnotatedType(type));
        } finally {
            io.swagger.v3.core.jackson.ModelResolver.enumsAsRef = enumsAsRef;
        }
    }
}
