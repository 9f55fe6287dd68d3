package org.jinguo.web.openapi;

import java.lang.annotation.Annotation;
import java.util.Arrays;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.constraints.NotBlank;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Text the services require ({@code @NotBlank}, also inside a composed constraint such as
 * {@code @PersonalName}) is documented with a minimum length of 1; a {@code @Size} without a
 * minimum documents none, instead of the {@code minLength: 0} that would let a client send "".
 */
public class TextLengthCustomizer implements ParameterCustomizer, PropertyCustomizer {

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        if (parameter != null && parameter.getSchema() != null) {
            apply(parameter.getSchema(), methodParameter.getParameterAnnotations());
        }
        return parameter;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null) {
            apply(property, type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations());
        }
        return property;
    }

    @SuppressWarnings("rawtypes")
    private static void apply(Schema schema, Annotation[] annotations) {
        boolean requiresText = Arrays.stream(annotations).anyMatch(annotation -> annotation instanceof NotBlank
                || AnnotationUtils.findAnnotation(annotation.annotationType(), NotBlank.class) != null);
        if (requiresText) {
            schema.setMinLength(Math.max(1, schema.getMinLength() == null ? 0 : schema.getMinLength()));
        } else if (schema.getMinLength() != null && schema.getMinLength() == 0) {
            schema.setMinLength(null);
        }
    }
}
