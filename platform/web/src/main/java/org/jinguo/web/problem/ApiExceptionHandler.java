package org.jinguo.web.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into {@code application/problem+json} with a stable {@code code}, the
 * offending fields and the request id. Bad input is always a 4xx; only our own faults are a 500,
 * and those never reveal internals.
 */
@RestControllerAdvice
@RequiredArgsConstructor
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemFactory problems;

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> onApiException(ApiException e, HttpServletRequest request) {
        return respond(e.status(), e.code(), e.arguments(), e.fieldProblems(), request);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> onRuleViolation(RuleViolation e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, e.code(), e.arguments(), List.of(), request);
    }

    /** A uniqueness or reference rule enforced by the database that the service did not check first. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> onIntegrityViolation(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Integrity violation answered as a conflict: {}", e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, "CONFLICT", new Object[0], List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> onUnexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", new Object[0], List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        HttpServletRequest servletRequest = servlet(request);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return respond(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", new Object[] {path(unknown)},
                    List.of(new FieldProblem(path(unknown), "UNKNOWN_FIELD", null)), servletRequest);
        }
        if (cause instanceof InvalidNullException nullValue) {
            return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", new Object[0],
                    List.of(new FieldProblem(path(nullValue), "NotNull", null)), servletRequest);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return respond(HttpStatus.BAD_REQUEST, "INVALID_VALUE", new Object[] {path(mismatch)},
                    List.of(new FieldProblem(path(mismatch), "INVALID_VALUE", null)), servletRequest);
        }
        if (cause instanceof JacksonException || e.getMessage() != null) {
            return respond(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", new Object[0], List.of(), servletRequest);
        }
        return respond(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", new Object[0], List.of(), servletRequest);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), error.getCode(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                fields.add(new FieldProblem(error.getObjectName(), error.getCode(), error.getDefaultMessage())));
        return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", new Object[0], fields, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> fields.add(new FieldProblem(
                    name, error.getCodes() == null ? "INVALID_VALUE" : lastCode(error.getCodes()), error.getDefaultMessage())));
        });
        return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", new Object[0], fields, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return respond(HttpStatus.BAD_REQUEST, "INVALID_VALUE", new Object[] {name},
                List.of(new FieldProblem(name, "INVALID_VALUE", null)), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", new Object[0],
                List.of(new FieldProblem(e.getParameterName(), "NotNull", null)), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.NOT_FOUND, "NOT_FOUND", new Object[0], List.of(), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = respond(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                new Object[] {e.getMethod()}, List.of(), servlet(request));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .allow(e.getSupportedHttpMethods() == null ? new org.springframework.http.HttpMethod[0]
                        : e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new))
                .body(response.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                new Object[] {String.valueOf(e.getContentType())}, List.of(), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", new Object[0], List.of(), servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(org.springframework.web.bind.ServletRequestBindingException e,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", new Object[0],
                    List.of(new FieldProblem(missing.getHeaderName(), "NotNull", null)), servlet(request));
        }
        return respond(HttpStatus.BAD_REQUEST, "BAD_REQUEST", new Object[0], List.of(), servlet(request));
    }

    /** Any other exception Spring MVC knows keeps its status and gets our shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String code = status.is5xxServerError() ? "INTERNAL_ERROR" : HttpStatus.valueOf(status.value()).name();
        return respond(status, code, new Object[0], List.of(), servlet(request));
    }

    private ResponseEntity<Object> respond(HttpStatusCode status, String code, Object[] arguments, List<FieldProblem> fields,
                                           HttpServletRequest request) {
        ProblemDetail problem = problems.create(status, code, arguments, fields, request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
