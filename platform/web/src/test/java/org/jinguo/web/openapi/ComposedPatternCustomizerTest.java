package org.jinguo.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jinguo.values.MobilePhone;
import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.TownCode;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;

class ComposedPatternCustomizerTest {

    private final ComposedPatternCustomizer customizer = new ComposedPatternCustomizer();

    @SuppressWarnings("unused")
    void list(@TownCode String townCode, @Pattern(regexp = "[a-z]+") String own, String free) {
    }

    record Contact(@NotNull @MobilePhoneNumber String phone) {
    }

    @Test
    void aQueryParameterGetsItsSharedFormatAsItsPattern() throws NoSuchMethodException {
        Parameter townCode = customize(0);

        assertThat(townCode.getSchema().getPattern()).isEqualTo(TownCode.FORMAT);
    }

    @Test
    void aPlainPatternOrNoneIsLeftToSpringdoc() throws NoSuchMethodException {
        assertThat(customize(1).getSchema().getPattern()).isNull();
        assertThat(customize(2).getSchema().getPattern()).isNull();
    }

    @Test
    void aBodysFieldGetsItsSharedFormatAsItsPattern() throws NoSuchFieldException {
        Annotation[] annotations = Contact.class.getDeclaredField("phone").getAnnotations();
        StringSchema phone = new StringSchema();

        customizer.customize(phone, new AnnotatedType(String.class).ctxAnnotations(annotations));

        assertThat(phone.getPattern()).isEqualTo(MobilePhone.FORMAT);
    }

    private Parameter customize(int index) throws NoSuchMethodException {
        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("list", String.class, String.class, String.class), index);
        return customizer.customize(new Parameter().schema(new StringSchema()), parameter);
    }
}
