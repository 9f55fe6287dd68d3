package org.jinguo.gateway.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jinguo.apidocs.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The impact report's answer in the gateway's document, built from the same {@link ReportSections}
 * that compose it, so the two cannot differ: each section's figures, present when its status is
 * {@code OK}; and the problems the report itself can answer with (the gateway composes it, so a
 * service's outage is a section's status, never a 503).
 */
@Component
class ImpactReportDocument implements OpenApiCustomizer {

    static final String PATH = "/api/v1/reports/impact";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String STATUS = "SectionStatus";
    private static final List<String> PROBLEMS = List.of("400", "401", "403", "406", "429", "500");

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI document) {
        document.getComponents().addSchemas(STATUS, new JsonSchema().types(Set.of("string"))._enum(List.of("OK", "UNAVAILABLE"))
                .description("OK: the service answered; UNAVAILABLE: it did not within the time limit, or refused"));
        Schema report = new JsonSchema().types(Set.of("object"))
                .addProperty("from", date())
                .addProperty("to", date())
                .addProperty("townCode", new JsonSchema().types(new LinkedHashSet<>(List.of("string", "null"))).description("null for the whole city"));
        List<String> required = new ArrayList<>(List.of("from", "to", "townCode"));
        for (ReportSections section : ReportSections.ALL) {
            String name = schemaName(section);
            document.getComponents().addSchemas(name, section(section));
            report.addProperty(section.name(), new JsonSchema().$ref(SCHEMAS + name));
            required.add(section.name());
        }
        document.getComponents().addSchemas("ImpactReport", report.required(required));

        Operation operation = document.getPaths().get(PATH).getGet();
        ApiResponses responses = new ApiResponses().addApiResponse("200", new ApiResponse().description("The report")
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new JsonSchema().$ref(SCHEMAS + "ImpactReport")))));
        PROBLEMS.forEach(status -> responses.addApiResponse(status, Problems.response(status)));
        operation.setResponses(responses);
        // The gateway's document describes this one operation: only the problems it can answer with.
        document.getComponents().getResponses().keySet().retainAll(PROBLEMS.stream().map(Problems::name).toList());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema section(ReportSections section) {
        Schema schema = new JsonSchema().types(Set.of("object"))
                .description("From " + section.service() + "; its figures are present when the status is OK")
                .addProperty("status", new JsonSchema().$ref(SCHEMAS + STATUS));
        section.fields().keySet().forEach(field -> schema.addProperty(field, new JsonSchema().types(Set.of("integer")).format("int64")));
        return schema.required(List.of("status"));
    }

    /** {@code organizations} is {@code OrganizationsSection}. */
    private static String schemaName(ReportSections section) {
        return section.name().substring(0, 1).toUpperCase(Locale.ROOT) + section.name().substring(1) + "Section";
    }

    @SuppressWarnings("rawtypes")
    private static Schema date() {
        return new JsonSchema().types(Set.of("string")).format("date");
    }
}
