package org.jinguo.gateway.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.gateway.problem.GatewayProblems;
import org.jinguo.gateway.ratelimit.RateLimits;
import org.jinguo.values.TownCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Impact report", description = "The federation's report, composed from every service's statistics")
@RequiredArgsConstructor
class ImpactReportController {


    /** The report's own rate limit (jinguo.gateway.rate-limits.routes.impact-report): each call runs four aggregations. */
    static final String RATE_LIMIT = "impact-report";

    private final ImpactReportService report;
    private final GatewayProblems problems;
    private final RateLimits rateLimits;

    @GetMapping(value = "/api/v1/reports/impact", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The impact report for a period, city-wide or for one town", description = "Both dates inclusive "
            + "(YYYY-MM-DD, Asia/Shanghai). CITY_ADMIN for any town or the city; TOWN_STAFF for their own town (the default for "
            + "them). Each section comes from its service under a time limit; a service that does not answer makes only its "
            + "section {\"status\":\"UNAVAILABLE\"}.")
    Mono<ResponseEntity<Object>> impact(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String townCode,
                                        @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                        @AuthenticationPrincipal Jwt caller, ServerWebExchange exchange) {
        List<Map<String, String>> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(Map.of("field", "to", "code", "TO_BEFORE_FROM"));
        }
        if (townCode != null && !townCode.matches(TownCode.FORMAT)) {
            errors.add(Map.of("field", "townCode", "code", "INVALID_TOWN_CODE"));
        }
        if (!errors.isEmpty()) {
            ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "problem.REPORT_PERIOD", new Object[0],
                    exchange);
            problem.setProperty("errors", errors);
            return Mono.just(answer(HttpStatus.BAD_REQUEST, problem));
        }
        List<String> roles = caller.getClaimAsStringList("roles");
        String callerTown = caller.getClaimAsString("town");
        String town = townCode;
        if (roles == null || !roles.contains("CITY_ADMIN")) {
            if (roles == null || !roles.contains("TOWN_STAFF") || callerTown == null) {
                return Mono.just(answer(HttpStatus.FORBIDDEN, problems.forStatus(HttpStatus.FORBIDDEN, exchange)));
            }
            if (town != null && !town.equals(callerTown)) {
                return Mono.just(answer(HttpStatus.FORBIDDEN, problems.create(HttpStatus.FORBIDDEN, "OTHER_TOWN", "problem.OTHER_TOWN",
                        new Object[] {town}, exchange)));
            }
            town = callerTown;
        }
        String scope = town;
        return rateLimits.exceeded(RATE_LIMIT, exchange)
                .map(limit -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfterSeconds()))
                        .<Object>body(rateLimits.problem(limit, exchange)))
                .switchIfEmpty(Mono.defer(() -> report.report(start, end, scope, authorization)
                        .map(composed -> ResponseEntity.ok().<Object>body(composed))));
    }

    private static ResponseEntity<Object> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static LocalDate date(String field, String text, List<Map<String, String>> errors) {
        if (text == null || text.isBlank()) {
            errors.add(Map.of("field", field, "code", "REQUIRED"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                errors.add(Map.of("field", field, "code", "DATE_OUT_OF_RANGE"));
                return null;
            }
            return date;
        } catch (DateTimeException notADate) {
            errors.add(Map.of("field", field, "code", "INVALID_DATE"));
            return null;
        }
    }
}
