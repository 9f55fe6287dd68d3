package org.jinguo.web.openapi;

import java.util.Arrays;
import java.util.List;

import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/** What the API description needs to know of a handler method: its HTTP methods and the type of body it answers with. */
final class Handlers {

    private Handlers() {
    }

    static List<RequestMethod> methods(HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        return mapping == null ? List.of() : List.of(mapping.method());
    }

    /** The paths the method is mapped to, each with its controller's prefix. */
    static List<String> paths(HandlerMethod handlerMethod) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        String prefix = type == null || type.path().length == 0 ? "" : type.path()[0];
        return method == null || method.path().length == 0 ? List.of(prefix)
                : Arrays.stream(method.path()).map(path -> prefix + path).toList();
    }

    static boolean writes(HandlerMethod handlerMethod) {
        return methods(handlerMethod).stream()
                .anyMatch(method -> method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS);
    }

    /** The class of the body the method answers with, looking through {@code ResponseEntity}. */
    static Class<?> bodyType(HandlerMethod handlerMethod) {
        ResolvableType type = ResolvableType.forMethodReturnType(handlerMethod.getMethod());
        return ResponseEntity.class.equals(type.resolve()) ? type.getGeneric(0).resolve() : type.resolve();
    }
}
