package org.jinguo.web.openapi;

import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.UpdatedSince;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents {@code page}, {@code size} and {@code sort} on every list operation that takes a
 * {@link PageQuery}, and {@code updatedSince} on those that take an {@link UpdatedSince}.
 */
public class PageQueryOperationCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean paged = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(parameter -> PageQuery.class.equals(parameter.getParameterType()));
        if (paged) {
            operation.addParametersItem(new Parameter().in("query").name("page")
                    .description("Page number, from 0").schema(new IntegerSchema()._default(0).minimum(java.math.BigDecimal.ZERO)));
            operation.addParametersItem(new Parameter().in("query").name("size")
                    .description("Items per page").schema(new IntegerSchema()._default(PageQuery.DEFAULT_SIZE)
                            .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))));
            operation.addParametersItem(new Parameter().in("query").name("sort")
                    .description("field or field,desc; may repeat").schema(new ArraySchema().items(new StringSchema())));
        }
        boolean syncable = Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(parameter -> UpdatedSince.class.equals(parameter.getParameterType()));
        if (syncable) {
            operation.addParametersItem(new Parameter().in("query").name(UpdatedSince.PARAMETER).description(UpdatedSince.DESCRIPTION)
                    .schema(new StringSchema().format("date-time")));
        }
        return operation;
    }
}
