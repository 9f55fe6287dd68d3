package org.jinguo.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.Operation;
import org.jinguo.web.paging.Page;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives every operation an id that reads as what it does and is unique across the platform, for
 * the method names of generated clients: for a read {@code get} (or {@code list} for a page or
 * a list) and the resource its path names; for a write the method's name and the resource,
 * unless the name already says it.
 * <ul>
 * <li>{@code GET /children/{id}} is {@code getChild}, {@code GET /children} {@code listChildren};
 * <li>{@code POST /workers} answered by {@code register} is {@code registerWorker};
 * <li>{@code POST /children/{id}/closure} answered by {@code close} is {@code closeChild};
 * <li>{@code GET /demands/{id}/allocations} is {@code listDemandAllocations};
 * <li>an operation every service has alike (labels, audit) carries the service's code:
 *     {@code listCareAuditEntries}.
 * </ul>
 * An explicit {@code @Operation(operationId = ...)} wins.
 */
public class OperationIds implements OperationCustomizer {

    private final String serviceCode;

    public OperationIds(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handlerMethod.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isBlank()) {
            boolean reads = !Handlers.writes(handlerMethod);
            boolean lists = Collection.class.isAssignableFrom(handlerMethod.getMethod().getReturnType())
                    || Page.class.equals(Handlers.bodyType(handlerMethod));
            String method = handlerMethod.getMethod().getName();
            boolean shared = !handlerMethod.getBeanType().getPackageName().startsWith("org.jinguo." + serviceCode + ".");
            operation.setOperationId(shared ? sharedId(handlerMethod.getBeanType(), method, lists)
                    : idOf(Handlers.paths(handlerMethod).get(0), method, reads, lists));
        }
        return operation;
    }

    /** The id of an operation of one of the service's own controllers, from its path and method name. */
    static String idOf(String path, String method, boolean reads, boolean lists) {
        List<String> segments = Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty())
                .filter(segment -> !segment.equals("api") && !segment.matches("v[0-9]+")).toList();
        List<String> noun = new ArrayList<>();
        int last = segments.size() - 1;
        String end = segments.get(last);
        if (isVariable(end)) {
            noun.addAll(words(singular(segments.get(last - 1))));
        } else if (last >= 2 && isVariable(segments.get(last - 1))) {
            noun.addAll(words(singular(segments.get(last - 2))));
            if (isPlural(end)) {
                noun.addAll(words(reads ? end : singular(end)));
            } else if (reads) {
                noun.addAll(words(end));
            }
        } else {
            noun.addAll(words(reads && !lists && !isPlural(end) ? end : lists ? end : singular(end)));
        }
        List<String> name = words(method);
        boolean named = name.stream().anyMatch(word -> noun.stream().anyMatch(part -> stem(word).equals(stem(part))));
        List<String> id = new ArrayList<>();
        if (reads) {
            id.add(lists ? "list" : "get");
            id.addAll(noun);
        } else {
            id.addAll(name);
            if (!named) {
                id.addAll(noun);
            }
        }
        return camelCase(id);
    }

    private String sharedId(Class<?> controller, String method, boolean lists) {
        List<String> id = new ArrayList<>(List.of(lists ? "list" : "get", serviceCode));
        List<String> subject = words(controller.getSimpleName().replaceFirst("Controller$", ""));
        List<String> name = words(method);
        if (name.stream().noneMatch(word -> stem(word).equals(stem(subject.get(subject.size() - 1))))) {
            id.addAll(subject);
        }
        id.addAll(name);
        return camelCase(id);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") || segment.startsWith("$");
    }

    private static boolean isPlural(String segment) {
        return !singular(segment).equals(segment);
    }

    /** The singular of a path segment's last word: {@code children} is {@code child}, {@code activities} {@code activity}. */
    static String singular(String segment) {
        if (segment.endsWith("statistics") || segment.endsWith("ss")) {
            return segment;
        }
        if (segment.endsWith("children")) {
            return segment.substring(0, segment.length() - 3);
        }
        if (segment.endsWith("people")) {
            return segment.substring(0, segment.length() - 6) + "person";
        }
        if (segment.endsWith("ies")) {
            return segment.substring(0, segment.length() - 3) + "y";
        }
        if (segment.matches(".*(ch|sh|x)es")) {
            return segment.substring(0, segment.length() - 2);
        }
        return segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
    }

    /** A word reduced so that its singular and plural compare equal. */
    private static String stem(String word) {
        return singular(word.toLowerCase(Locale.ROOT));
    }

    /** {@code livestream-accounts} and {@code statusChanges} as their words. */
    private static List<String> words(String text) {
        return new ArrayList<>(Arrays.asList(text.split("-|(?<=[a-z0-9])(?=[A-Z])")));
    }

    private static String camelCase(List<String> words) {
        StringBuilder id = new StringBuilder();
        for (String word : words) {
            id.append(id.isEmpty() ? word.toLowerCase(Locale.ROOT) : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return id.toString();
    }
}
