package org.jinguo.web.openapi;

import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.jinguo.web.csv.PageCsvConverter;
import org.jinguo.web.etag.VersionETagAdvice;
import org.jinguo.web.paging.Page;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents what the shared web plumbing adds to an operation: 201 with {@code Location} for
 * {@link Creates}, the {@code ETag} of a record that has a version ({@link VersionETagAdvice}) and of
 * every other answer to a GET, with 304 for {@code If-None-Match}, the CSV form of every list,
 * {@code Accept-Language} everywhere and {@code Idempotency-Key} on every POST.
 */
public class Representations implements OperationCustomizer {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Class<?> body = Handlers.bodyType(handlerMethod);
        Creates creates = handlerMethod.getMethodAnnotation(Creates.class);
        if (creates != null && operation.getResponses() != null) {
            ApiResponse ok = operation.getResponses().remove("200");
            if (ok != null) {
                ApiResponse created = new ApiResponse().content(ok.getContent());
                if (creates.okWhenPresent()) {
                    ok.setDescription("Already there: nothing changed");
                    operation.getResponses().addApiResponse("200", ok);
                }
                created.setDescription("Created");
                if (creates.located()) {
                    created.addHeaderObject(HttpHeaders.LOCATION, header("The new record's address", "uri-reference"));
                }
                operation.getResponses().addApiResponse("201", created);
            }
        }
        if (body != null && VersionETagAdvice.versionComponent(body).isPresent() && operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(HttpHeaders.ETAG, header("The record's version, to send back in If-Match", null));
                }
            });
        }
        if (Handlers.methods(handlerMethod).contains(RequestMethod.GET) && operation.getResponses() != null
                && operation.getResponses().get("200") != null) {
            ApiResponse ok = operation.getResponses().get("200");
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey(HttpHeaders.ETAG)) {
                ok.addHeaderObject(HttpHeaders.ETAG, header("A weak ETag of the answer: send it in If-None-Match to get 304 while "
                        + "nothing changed", null));
            }
            operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified since the ETag sent in If-None-Match")
                    .addHeaderObject(HttpHeaders.ETAG, header("The answer's ETag, unchanged", null)));
            operation.addParametersItem(new Parameter().in("header").name(HttpHeaders.IF_NONE_MATCH).required(false)
                    .description("The ETag of the answer read before").schema(new JsonSchema().types(Set.of("string"))));
        }
        if (Page.class.equals(body) && operation.getResponses() != null && operation.getResponses().get("200") != null) {
            ApiResponse ok = operation.getResponses().get("200");
            ok.getContent().addMediaType(PageCsvConverter.TEXT_CSV.toString(), new MediaType()
                    .schema(new JsonSchema().types(Set.of("string")).description("The page's items as CSV with a header line (Accept: text/csv)")));
        }
        operation.addParametersItem(new Parameter().in("header").name(HttpHeaders.ACCEPT_LANGUAGE).required(false)
                .description("zh-CN (the default) or en: the language of labels and problems")
                .schema(new JsonSchema().types(Set.of("string"))._enum(java.util.List.of("zh-CN", "en"))));
        if (Handlers.methods(handlerMethod).contains(RequestMethod.POST)) {
            operation.addParametersItem(new Parameter().in("header").name(IDEMPOTENCY_KEY).required(false)
                    .description("A key the client chooses for this write (up to 255 visible ASCII characters): a retry with the same key "
                            + "and body gets the first answer again instead of writing twice")
                    .schema(new JsonSchema().types(Set.of("string")).pattern("^[!-~]{1,255}$")));
        }
        return operation;
    }

    private static Header header(String description, String format) {
        JsonSchema schema = new JsonSchema();
        schema.types(Set.of("string"));
        if (format != null) {
            schema.format(format);
        }
        return new Header().description(description).required(true).schema(schema);
    }

}
