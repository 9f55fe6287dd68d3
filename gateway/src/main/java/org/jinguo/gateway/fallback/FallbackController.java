package org.jinguo.gateway.fallback;

import io.swagger.v3.oas.annotations.Hidden;

import lombok.RequiredArgsConstructor;

import org.jinguo.gateway.problem.GatewayProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards a call that failed, timed out or was not let through:
 * a fast 503 problem naming the service, instead of a hanging request or a bare gateway error.
 */
@Hidden
@RestController
@RequiredArgsConstructor
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final GatewayProblems problems;

    @RequestMapping("/fallback/{service:[a-z][a-z-]{0,62}}")
    ResponseEntity<ProblemDetail> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Unavailability reason = failure == null ? Unavailability.UNREACHABLE : Unavailability.of(failure);
        if (reason == Unavailability.CIRCUIT_OPEN || reason == Unavailability.AT_CAPACITY) {
            // No call was made: under an outage or overload this is every request, too many to log each.
            log.debug("{} not called ({})", service, reason);
        } else {
            log.warn("{} unavailable ({}): {}", service, reason, failure == null ? "no failure recorded" : failure.toString());
        }

        ProblemDetail problem = problems.create(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                reason.detailKey(), new Object[] {service}, exchange);
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
