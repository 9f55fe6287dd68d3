package org.jinguo.web.paging;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jinguo.web.problem.ApiException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link UpdatedSince}, answering 400 for a value that is not an RFC 3339 moment with its
 * offset, or one outside the years 2000 to 2999 (which the database could not compare with).
 */
public class UpdatedSinceArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return UpdatedSince.class.equals(parameter.getParameterType());
    }

    @Override
    public UpdatedSince resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                        NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String value = request.getParameter(UpdatedSince.PARAMETER);
        if (value == null || value.isBlank()) {
            return new UpdatedSince(null);
        }
        OffsetDateTime moment;
        try {
            moment = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException notAMoment) {
            throw ApiException.invalid(UpdatedSince.PARAMETER, "INVALID_MOMENT");
        }
        if (moment.getYear() < 2000 || moment.getYear() > 2999) {
            throw ApiException.invalid(UpdatedSince.PARAMETER, "MOMENT_OUT_OF_RANGE");
        }
        return new UpdatedSince(moment);
    }
}
