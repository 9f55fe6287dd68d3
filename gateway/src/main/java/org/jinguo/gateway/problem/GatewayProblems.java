package org.jinguo.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jinguo.gateway.requestid.RequestIdFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The problems the gateway answers itself, shaped like every service's: RFC 9457 with a stable
 * {@code code}, text in the caller's language (zh-CN unless Accept-Language asks otherwise), the
 * path the caller asked for and the request id.
 */
@Component
@RequiredArgsConstructor
public class GatewayProblems {

    private static final String TYPE_BASE = "https://jinguo.org/problems/";

    /** Codes the services use for the same statuses, where the status name differs. */
    private static final Map<HttpStatus, String> CODES = Map.of(
            HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
            HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR");

    private final MessageSource messages;

    /** A problem with the code and text that belong to the status. */
    public ProblemDetail forStatus(HttpStatusCode status, ServerWebExchange exchange) {
        String code = codeOf(status);
        return create(status, code, "problem." + code, new Object[0], exchange);
    }

    public ProblemDetail create(HttpStatusCode status, String code, String detailKey, Object[] arguments,
                                ServerWebExchange exchange) {
        ProblemDetail problem = create(status, code, detailKey, arguments, exchange.getLocaleContext().getLocale(),
                RequestIdFilter.of(exchange));
        instance(requestedPath(exchange)).ifPresent(problem::setInstance);
        return problem;
    }

    /** One entry of a problem's {@code errors}: what is wrong with one field, in the caller's language. */
    public Map<String, String> fieldProblem(String field, String code, ServerWebExchange exchange) {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("field", field);
        problem.put("code", code);
        problem.put("message", messages.getMessage("field." + code, null, code, exchange.getLocaleContext().getLocale()));
        return problem;
    }

    /**
     * For a request whose request line or headers could not be read, and so never became an
     * exchange: no path, since the one read may not be the caller's.
     */
    public ProblemDetail forUnreadableRequest(HttpStatusCode status, Locale locale, String requestId) {
        String code = codeOf(status);
        String detailKey = status.value() == HttpStatus.BAD_REQUEST.value() ? "problem.UNREADABLE_REQUEST" : "problem." + code;
        return create(status, code, detailKey, new Object[0], locale, requestId);
    }

    private ProblemDetail create(HttpStatusCode status, String code, String detailKey, Object[] arguments, Locale locale,
                                 String requestId) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
        problem.setDetail(messages.getMessage(detailKey, arguments, code, locale));
        problem.setProperty("code", code);
        problem.setProperty("requestId", requestId);
        return problem;
    }

    private static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        }
        return CODES.getOrDefault(known, known.name());
    }

    /**
     * The path as a relative URI, or none for a path that is not one on its own: {@code //} reads
     * as an empty authority, and such a request must still get its problem, not a 500.
     */
    private static Optional<URI> instance(String path) {
        try {
            return Optional.of(URI.create(path));
        } catch (IllegalArgumentException notAReference) {
            return Optional.empty();
        }
    }

    /** The caller's path, also after the exchange was forwarded to a fallback. */
    private static String requestedPath(ServerWebExchange exchange) {
        Set<URI> original = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (original == null || original.isEmpty()) {
            return exchange.getRequest().getPath().value();
        }
        return original.iterator().next().getRawPath();
    }
}
