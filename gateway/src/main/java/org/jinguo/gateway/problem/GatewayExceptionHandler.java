package org.jinguo.gateway.problem;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * Answers the gateway's own errors (no route for a path, a body over a route's limit, a method
 * not allowed, a fault of its own) as problems. Since Spring Framework 6.1 this also covers errors
 * raised outside a controller, such as a path that no route and no handler matches.
 */
@RestControllerAdvice
@RequiredArgsConstructor
class GatewayExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);

    private final GatewayProblems problems;

    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<Object>> onUnexpected(Exception ex, ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        if (AbortedException.isConnectionReset(ex) || ex instanceof AbortedException) {
            // The caller went away: nothing failed here, and nobody is left to answer.
            log.debug("{} {}: the caller closed the connection", request.getMethod(), request.getPath());
            return Mono.empty();
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getPath(), ex);
        return handleExceptionInternal(ex, null, null, HttpStatus.INTERNAL_SERVER_ERROR, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                                   HttpStatusCode status, ServerWebExchange exchange) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        return Mono.just(ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.forStatus(status, exchange)));
    }
}
