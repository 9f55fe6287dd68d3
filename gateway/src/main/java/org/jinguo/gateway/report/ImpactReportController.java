package org.jinguo.gateway.report;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
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

    @GetMapping(value = ImpactReportDocument.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getImpactReport", summary = "The impact report for a period, city-wide or for one town",
            description = "Both dates inclusive (Asia/Shanghai). CITY_ADMIN for any town or the city; TOWN_STAFF for their own town "
                    + "(the default for them). Each section comes from its service under a time limit; a service that does not "
                    + "answer makes only its section {\"status\":\"UNAVAILABLE\"}.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE,
                    description = "zh-CN (the default) or en: the language of problems",
                    schema = @Schema(type = "string", allowableValues = {"zh-CN", "en"})))
    Mono<ResponseEntity<Object>> impact(
            // Required, but read here rather than by Spring, so that one answer names every invalid field.
            @Parameter(required = true, description = "The period's first day", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String from,
            @Parameter(required = true, description = "The period's last day", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String to,
            @Parameter(description = "One town's report; TOWN_STAFF may name only their own",
                    schema = @Schema(type = "string", pattern = TownCode.FORMAT))
            @RequestParam(required = false) String townCode,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @AuthenticationPrincipal Jwt caller, ServerWebExchange exchange) {
        ReportQuery query = ReportQuery.read(from, to, townCode);
        if (!query.invalid().isEmpty()) {
            ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "problem.REPORT_PERIOD", new Object[0],
                    exchange);
            problem.setProperty("errors", query.invalid().entrySet().stream()
                    .map(invalid -> problems.fieldProblem(invalid.getKey(), invalid.getValue(), exchange)).toList());
            return Mono.just(answer(HttpStatus.BAD_REQUEST, problem));
        }
        List<String> roles = caller.getClaimAsStringList("roles");
        String callerTown = caller.getClaimAsString("town");
        String town = query.townCode();
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
                .switchIfEmpty(Mono.defer(() -> report.report(query.from(), query.to(), scope, authorization)
                        .map(composed -> ResponseEntity.ok().<Object>body(composed))));
    }

    private static ResponseEntity<Object> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
