package org.jinguo.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.requestid.RequestIdFilter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with a code, the offending fields and the request id. */
@RequiredArgsConstructor
public class ProblemFactory {

    static final String TYPE_BASE = "https://jinguo.org/problems/";

    private final MessageSource messages;

    public ProblemDetail create(HttpStatusCode status, String code, Object[] arguments, List<FieldProblem> fields,
                                HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null,
                messages.getMessage("problem.DEFAULT.title", null, code, locale), locale));
        problem.setDetail(messages.getMessage("problem." + code, arguments, code, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        problem.setProperty("requestId", RequestIdFilter.of(request));
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream().map(field -> describe(field, locale)).toList());
        }
        return problem;
    }

    private Map<String, String> describe(FieldProblem field, Locale locale) {
        String message = field.message() != null ? field.message()
                : messages.getMessage("field." + field.code(), field.arguments(), field.code(), locale);
        return Map.of("field", field.field(), "code", field.code(), "message", message);
    }
}
