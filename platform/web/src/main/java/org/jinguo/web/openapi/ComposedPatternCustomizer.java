package org.jinguo.web.openapi;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Optional;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.constraints.Pattern;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Documents the pattern of a constraint made of a {@code @Pattern}, such as {@code @TownCode}, as
 * springdoc documents a {@code @Pattern} itself: on query parameters and on request bodies' fields.
 * Without it, the API description would lose every shared format.
 */
public class ComposedPatternCustomizer implements ParameterCustomizer, PropertyCustomizer {

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        if (parameter != null && parameter.getSchema() != null) {
            composedPattern(methodParameter.getParameterAnnotations()).ifPresent(parameter.getSchema()::setPattern);
        }
        return parameter;
    }

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null && type.getCtxAnnotations() != null) {
            composedPattern(type.getCtxAnnotations()).ifPresent(property::setPattern);
        }
        return property;
    }

    /** The expression of the first annotation that is made of a {@code @Pattern} and is not one itself. */
    static Optional<String> composedPattern(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .filter(annotation -> !(annotation instanceof Pattern))
                .map(annotation -> AnnotationUtils.findAnnotation(annotation.annotationType(), Pattern.class))
                .filter(pattern -> pattern != null)
                .map(Pattern::regexp)
                .findFirst();
    }
}
