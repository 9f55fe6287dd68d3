package org.jinguo.web.openapi;

import java.lang.annotation.Annotation;
import java.util.Arrays;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.constraints.NotBlank;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Text the services require ({@code @NotBlank}, also inside a composed constraint) is documented
 * with a minimum length of 1; a {@code @Size} without a minimum documents none, instead of the
 * {@code minLength: 0} that would let a client send "". Applied to parameters here, and to the
 * fields of request bodies by {@link RecordFields}.
 */
public class TextLengthCustomizer implements ParameterCustomizer {

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        if (parameter != null && parameter.getSchema() != null) {
            requireText(parameter.getSchema(), methodParameter.getParameterAnnotations());
        }
        return parameter;
    }

    @SuppressWarnings("rawtypes")
    static void requireText(Schema schema, Annotation[] annotations) {
        boolean requiresText = Arrays.stream(annotations).anyMatch(annotation -> annotation instanceof NotBlank
                || AnnotationUtils.findAnnotation(annotation.annotationType(), NotBlank.class) != null);
        if (requiresText) {
            schema.setMinLength(Math.max(1, schema.getMinLength() == null ? 0 : schema.getMinLength()));
        } else if (schema.getMinLength() != null && schema.getMinLength() == 0) {
            schema.setMinLength(null);
        }
    }
}
