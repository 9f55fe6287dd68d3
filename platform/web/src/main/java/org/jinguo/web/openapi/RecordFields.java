package org.jinguo.web.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * States exactly what a record's JSON holds, in requests and answers alike.
 * <ul>
 * <li>A request body (a record named {@code ...Body}, or one with constraints): a field is required
 *     when its constraint says so ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}); any
 *     other may be left out or null.
 *     Text a constraint requires ({@code @NotBlank}) has a minimum length of 1.
 * <li>Anything else is an answer: every field is there, since the services write absent values as
 *     null, and is never null unless its component is {@link Nullable}.
 * </ul>
 */
public class RecordFields implements ModelConverter {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = type.getType() == null ? null : Json31.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        boolean request = isRequest(raw);
        List<String> required = new ArrayList<>();
        for (RecordComponent component : components(raw)) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            boolean mayBeNull = request ? !component.getType().isPrimitive() && !isMandatory(component)
                    : component.getAnnotatedType().isAnnotationPresent(Nullable.class);
            if (!request || isMandatory(component)) {
                required.add(component.getName());
            }
            if (request) {
                TextLengthCustomizer.requireText(property, constraints(component).toArray(Annotation[]::new));
            }
            if (mayBeNull) {
                properties.put(component.getName(), orNull(property));
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
        return resolved;
    }

    /** The record's components, with those of a {@code @JsonUnwrapped} record component in its place. */
    private static List<RecordComponent> components(Class<?> record) {
        List<RecordComponent> components = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && component.getType().isRecord()) {
                components.addAll(components(component.getType()));
            } else {
                components.add(component);
            }
        }
        return components;
    }

    static boolean isRequest(Class<?> record) {
        return record.getSimpleName().endsWith("Body")
                || Arrays.stream(record.getRecordComponents()).anyMatch(component -> constraints(component).findAny().isPresent());
    }

    private static boolean isMandatory(RecordComponent component) {
        return constraints(component).anyMatch(annotation -> annotation instanceof NotNull || annotation instanceof NotBlank
                || annotation instanceof NotEmpty);
    }

    /** The constraints on a component, and those its composed constraints are made of. */
    private static Stream<Annotation> constraints(RecordComponent component) {
        return Stream.of(component.getAccessor().getAnnotations(), component.getAnnotatedType().getAnnotations())
                .flatMap(Arrays::stream)
                .flatMap(annotation -> Stream.concat(Stream.of(annotation), Arrays.stream(annotation.annotationType().getAnnotations())))
                .filter(annotation -> annotation.annotationType().isAnnotationPresent(Constraint.class));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema orNull(Schema property) {
        if (property.get$ref() != null || property.getTypes() == null) {
            Schema either = new JsonSchema().anyOf(List.of(property, new JsonSchema().types(Set.of("null"))));
            either.setDescription(property.getDescription());
            property.setDescription(null);
            return either;
        }
        property.addType("null");
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.addEnumItemObject(null);
        }
        return property;
    }
}
