package org.jinguo.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents every problem an operation can answer with, from what the operation is: its
 * parameters and body, whether it needs a token, whether it names a record (in its path, a query
 * parameter or its body, or the caller's own under {@code /me}), whether it writes,
 * whether it takes {@code If-Match}; and what the gateway in front of every service can answer.
 * Each is an {@code application/problem+json} {@link #SCHEMA Problem}.
 */
public class ProblemResponses implements OperationCustomizer {

    public static final String SCHEMA = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String MEDIA_TYPE = "application/problem+json";
    private static final String REFERENCE = "#/components/responses/";

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("400", "The request is malformed or a value is invalid (`code`, and `errors` per field)");
        DESCRIPTIONS.put("401", "No valid access token");
        DESCRIPTIONS.put("403", "The token does not allow this, or not in this town");
        DESCRIPTIONS.put("404", "No such record");
        DESCRIPTIONS.put("406", "None of the accepted media types can be given");
        DESCRIPTIONS.put("409", "The change conflicts with the record's state (`code` says which rule)");
        DESCRIPTIONS.put("412", "The record changed since it was read: read it again");
        DESCRIPTIONS.put("413", "The body is larger than the gateway accepts");
        DESCRIPTIONS.put("415", "The body is not JSON");
        DESCRIPTIONS.put("422", "An Idempotency-Key reused with another request, or a request that can be read but not carried out");
        DESCRIPTIONS.put("428", "If-Match is missing");
        DESCRIPTIONS.put("429", "Too many requests from this caller: wait and retry");
        DESCRIPTIONS.put("500", "An unexpected error (the `requestId` finds it in the logs)");
        DESCRIPTIONS.put("503", "The service is unavailable or its dependency is: retry later");
        DESCRIPTIONS.put("504", "The service did not answer within the gateway's time limit");
    }

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
        statuses.forEach(status -> responses.putIfAbsent(status, new ApiResponse().$ref(REFERENCE + name(status))));
        operation.setResponses(responses);
        return operation;
    }

    /** Every problem response, once, for operations to refer to. */
    public static void addTo(Components components) {
        components.addSchemas(FIELD_PROBLEM, fieldProblem());
        components.addSchemas(SCHEMA, schema());
        DESCRIPTIONS.forEach((status, description) -> components.addResponses(name(status), new ApiResponse().description(description)
                .content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + SCHEMA))))));
    }

    /** {@code 404} is {@code NotFound}. */
    static String name(String status) {
        return Arrays.stream(HttpStatus.valueOf(Integer.parseInt(status)).name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    /** The shared schema of every problem: RFC 9457 with the services' {@code code}, {@code requestId} and {@code errors}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema schema() {
        return new JsonSchema().types(Set.of("object"))
                .description("An RFC 9457 problem, in the caller's language (Accept-Language)")
                .addProperty("type", text("A URI naming the kind of problem").format("uri"))
                .addProperty("title", text("A short summary of the kind of problem"))
                .addProperty("status", new JsonSchema().types(Set.of("integer")).format("int32"))
                .addProperty("detail", text("What happened, for people"))
                .addProperty("instance", text("The path that was called").format("uri-reference"))
                .addProperty("code", text("A stable code a client can act on, e.g. VALIDATION_FAILED, OTHER_TOWN"))
                .addProperty("requestId", text("The request's id, as in X-Request-Id and the logs"))
                .addProperty("errors", new JsonSchema().types(Set.of("array")).items(new JsonSchema().$ref("#/components/schemas/" + FIELD_PROBLEM))
                        .description("One entry per invalid field"))
                .required(List.of("type", "title", "status", "code"));
    }

    /** What is wrong with one field of a request. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema fieldProblem() {
        return new JsonSchema().types(Set.of("object"))
                .addProperty("field", text("The field's path as sent, e.g. items[2].amountFen"))
                .addProperty("code", text("A stable code, e.g. NotBlank, UNKNOWN_FIELD"))
                .addProperty("message", text("What is wrong, in the caller's language"))
                .required(List.of("field", "code", "message"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema text(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
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
