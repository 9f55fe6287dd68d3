package org.jinguo.web.openapi;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.swagger.v3.core.util.Json31;

/**
 * Names the schema of a record declared inside another class after its feature, so that two
 * features' {@code ProfileBody} never share one schema: {@code MotherRequests.ProfileBody} is
 * {@code MotherProfileBody}, {@code ChildRequests.ProfileBody} is {@code ChildProfileBody};
 * a name that holds its feature's already stays ({@code CadreRequests.NewCadreBody}).
 * Enumerations keep their own names, which are the keys of the labels endpoint.
 *
 * <p>The OpenAPI models are described through swagger-core's own Jackson 2 mapper, so the name is
 * given as that mapper's root name of the class.
 */
public final class SchemaNames extends NopAnnotationIntrospector {

    private static final List<String> GROUP_SUFFIXES = List.of("Requests", "Controller", "Views", "View", "Repository", "Service");

    public static void install() {
        ObjectMapper mapper = Json31.mapper();
        AnnotationIntrospector current = mapper.getSerializationConfig().getAnnotationIntrospector();
        if (current.allIntrospectors().stream().noneMatch(SchemaNames.class::isInstance)) {
            mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(current, new SchemaNames()));
        }
    }

    @Override
    public PropertyName findRootName(AnnotatedClass annotated) {
        return nameOf(annotated.getRawType()).map(PropertyName::construct).orElse(null);
    }

    static Optional<String> nameOf(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        if (outer == null || type.isEnum() || !type.getName().startsWith("org.jinguo.")) {
            return Optional.empty();
        }
        String feature = outer.getSimpleName();
        for (String suffix : GROUP_SUFFIXES) {
            if (feature.endsWith(suffix) && feature.length() > suffix.length()) {
                feature = feature.substring(0, feature.length() - suffix.length());
                break;
            }
        }
        String name = type.getSimpleName();
        return Optional.of(name.contains(feature) ? name : feature.endsWith(name) ? feature : feature + name);
    }
}
