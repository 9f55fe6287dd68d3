package org.jinguo.web.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, answered as {@code application/problem+json}.
 *
 * <p>{@code code} is stable and machine-readable (e.g. {@code TOWN_NOT_FOUND}); the human message
 * is looked up under {@code problem.<code>} in the {@code problems} bundles, in the caller's
 * language, with {@code arguments} filled in.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] arguments;
    private final List<FieldProblem> fieldProblems;

    public ApiException(HttpStatus status, String code, Object... arguments) {
        this(status, code, List.of(), arguments);
    }

    public ApiException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ApiException notFound(String code, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, code, id);
    }

    /** 403 for a caller whose role allows the call but not this use of it. */
    public static ApiException forbidden(String code, Object... arguments) {
        return new ApiException(HttpStatus.FORBIDDEN, code, arguments);
    }

    public static ApiException conflict(String code, Object... arguments) {
        return new ApiException(HttpStatus.CONFLICT, code, arguments);
    }

    /** 400 for input that is well-formed but breaks a rule the bean constraints cannot express. */
    public static ApiException invalid(String field, String code, Object... arguments) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                List.of(new FieldProblem(field, code, null, arguments)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
