package org.jinguo.gateway.report;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Composes the impact report from each service's statistics (API composition), the four calls at
 * once, each under its own time limit and with the caller's token, so each service authorises
 * the caller again. A service that is down, slow or refuses makes only its own section
 * {@code UNAVAILABLE}; the others still answer.
 */
@Service
class ImpactReportService {

    private static final Logger log = LoggerFactory.getLogger(ImpactReportService.class);

    private final Environment environment;
    private final WebClient direct;
    private final WebClient loadBalanced;
    private final Duration sectionTimeout;

    /** The calls carry the caller's trace on (W3C traceparent), like routed calls. */
    ImpactReportService(Environment environment, ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancing,
                        ObservationRegistry observations, @Value("${jinguo.gateway.report.section-timeout:3s}") Duration sectionTimeout) {
        this.environment = environment;
        this.direct = WebClient.builder().observationRegistry(observations).build();
        ReactorLoadBalancerExchangeFilterFunction filter = loadBalancing.getIfAvailable();
        this.loadBalanced = filter == null ? direct : WebClient.builder().observationRegistry(observations).filter(filter).build();
        this.sectionTimeout = sectionTimeout;
    }

    Mono<Map<String, Object>> report(LocalDate from, LocalDate to, String townCode, String authorization) {
        return Flux.fromIterable(ReportSections.ALL)
                .flatMapSequential(section -> section(section, from, to, townCode, authorization).map(answer -> Map.entry(section.name(), answer)))
                .collectList()
                .map(sections -> {
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("from", from.toString());
                    report.put("to", to.toString());
                    report.put("townCode", townCode);
                    sections.forEach(section -> report.put(section.getKey(), section.getValue()));
                    return report;
                });
    }

    private Mono<Map<String, Object>> section(ReportSections section, LocalDate from, LocalDate to, String townCode, String authorization) {
        URI base = URI.create(environment.getRequiredProperty("jinguo.gateway.report.services." + section.service()));
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(base).path(section.path());
        if (section.stateOnTo()) {
            uri.queryParam("asOf", to);
        } else {
            uri.queryParam("from", from).queryParam("to", to);
        }
        if (townCode != null) {
            uri.queryParam("townCode", townCode);
        }
        WebClient client = "lb".equals(base.getScheme()) ? loadBalanced : direct;
        return client.get().uri(uri.build().toUri()).header(HttpHeaders.AUTHORIZATION, authorization).retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(sectionTimeout)
                .map(answer -> available(section, answer))
                .onErrorResume(failure -> {
                    log.warn("The impact report's {} section is unavailable: {}", section.name(), failure.toString());
                    return Mono.just(Map.of("status", "UNAVAILABLE"));
                });
    }

    private static Map<String, Object> available(ReportSections section, JsonNode answer) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("status", "OK");
        section.fields().forEach((field, source) -> {
            JsonNode value = answer.get(source);
            if (value == null || !value.isIntegralNumber()) {
                throw new IllegalStateException(section.service() + " answered no figure " + source);
            }
            figures.put(field, value.asLong());
        });
        return figures;
    }
}
