package org.jinguo.gateway.fallback;

import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Why a service's call failed, told to the caller in the problem's detail. */
enum Unavailability {

    TIMED_OUT("timed-out"),
    CIRCUIT_OPEN("circuit-open"),
    AT_CAPACITY("at-capacity"),
    UNREACHABLE("unreachable");

    private final String messageSuffix;

    Unavailability(String messageSuffix) {
        this.messageSuffix = messageSuffix;
    }

    static Unavailability of(Throwable failure) {
        if (failure instanceof TimeoutException
                || failure instanceof ResponseStatusException e && e.getStatusCode() == HttpStatus.GATEWAY_TIMEOUT) {
            return TIMED_OUT;
        }
        if (failure instanceof CallNotPermittedException) {
            return CIRCUIT_OPEN;
        }
        if (failure instanceof BulkheadFullException) {
            return AT_CAPACITY;
        }
        return UNREACHABLE;
    }

    String detailKey() {
        return "problem.SERVICE_UNAVAILABLE." + messageSuffix;
    }
}
