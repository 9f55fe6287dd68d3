package org.jinguo.web.openapi;

import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jinguo.web.etag.ExpectedVersion;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the {@code If-Match} header, required, on every operation that takes an {@link ExpectedVersion};
 * a {@code @Parameter(description = ...)} on the argument words it for that operation.
 */
public class ExpectedVersionOperationCustomizer implements OperationCustomizer {

    static final String DESCRIPTION = "The ETag the record was read with";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Arrays.stream(handlerMethod.getMethodParameters())
                .filter(parameter -> ExpectedVersion.class.equals(parameter.getParameterType()))
                .findFirst()
                .ifPresent(parameter -> operation.addParametersItem(new Parameter().in("header").name(HttpHeaders.IF_MATCH)
                        .required(true).description(description(parameter)).schema(new StringSchema())));
        return operation;
    }

    private static String description(MethodParameter parameter) {
        io.swagger.v3.oas.annotations.Parameter annotation =
                parameter.getParameterAnnotation(io.swagger.v3.oas.annotations.Parameter.class);
        return annotation == null || annotation.description().isBlank() ? DESCRIPTION : annotation.description();
    }
}
