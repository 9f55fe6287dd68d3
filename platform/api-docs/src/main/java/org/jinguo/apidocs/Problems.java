package org.jinguo.apidocs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.http.HttpStatus;

/**
 * The one schema of every problem the platform answers with (RFC 9457 with the services'
 * {@code code}, {@code requestId} and {@code errors}) and a response per status over it, named
 * after the status ({@code 404} is {@code NotFound}).
 */
public final class Problems {

    public static final String SCHEMA = "Problem";
    public static final String FIELD_PROBLEM = "FieldProblem";
    public static final String MEDIA_TYPE = "application/problem+json";

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

    private Problems() {
    }

    /** A response that refers to the shared one for this status. */
    public static ApiResponse response(String status) {
        return new ApiResponse().$ref("#/components/responses/" + name(status));
    }

    /** Every problem response, once, with the schemas they share. */
    public static void addTo(Components components) {
        components.addSchemas(FIELD_PROBLEM, fieldProblem());
        components.addSchemas(SCHEMA, problem());
        DESCRIPTIONS.forEach((status, description) -> components.addResponses(name(status), response(status, description)));
    }

    private static ApiResponse response(String status, String description) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + SCHEMA))));
        if (status.equals("429")) {
            // The gateway's rate limits say when the caller may send again.
            response.addHeaderObject("Retry-After", new Header().required(true).description("Seconds to wait before the next request")
                    .schema(new JsonSchema().types(Set.of("integer"))));
        }
        return response;
    }

    /** The shared response's name for this status. */
    public static String name(String status) {
        return Arrays.stream(HttpStatus.valueOf(Integer.parseInt(status)).name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problem() {
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
    private static Schema fieldProblem() {
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
}
