package org.jinguo.web.openapi;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jinguo.apidocs.Problems;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents every problem an operation can answer with, from what the operation is: its
 * parameters and body, whether it needs a token, whether it names a record (in its path, a query
 * parameter or its body, or the caller's own under {@code /me}), whether it writes,
 * whether it takes {@code If-Match}; and what the gateway in front of every service can answer.
 * Each refers to the platform's shared {@link Problems problem} response for its status.
 */
public class ProblemResponses implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean hasBody = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean writes = Handlers.writes(handlerMethod);
        boolean guarded = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> HttpHeaders.IF_MATCH.equals(parameter.getName()));
        boolean names = hasBody || ownRecord(handlerMethod) || operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "path".equals(parameter.getIn())
                        || parameter.getSchema() != null && "uuid".equals(parameter.getSchema().getFormat()));

        List<String> statuses = new ArrayList<>();
        when(statuses, hasInput, "400");
        when(statuses, secured, "401", "403");
        when(statuses, names, "404");
        statuses.add("406");
        when(statuses, writes, "409");
        when(statuses, guarded, "412");
        when(statuses, hasBody, "413", "415");
        when(statuses, writes, "422");
        when(statuses, guarded, "428");
        statuses.addAll(List.of("429", "500", "503", "504"));

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        statuses.forEach(status -> responses.putIfAbsent(status, Problems.response(status)));
        operation.setResponses(responses);
        return operation;
    }

    private static boolean ownRecord(HandlerMethod handlerMethod) {
        return Handlers.paths(handlerMethod).stream().anyMatch(path -> path.contains("/me/") || path.endsWith("/me"));
    }

    private static void when(List<String> statuses, boolean applies, String... these) {
        if (applies) {
            statuses.addAll(List.of(these));
        }
    }
}
