package org.jinguo.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The impact report's figures (docs/domain.md, "The impact report"), section by section, in the
 * gateway's JSON field names. Compared as maps so a difference names its field.
 */
public record Report(Map<String, Map<String, Long>> sections) {

    public static final Map<String, List<String>> FIELDS = fields();

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("organizations", List.of("newDomainUnitsCovered", "industryFederations"));
        fields.put("training", List.of("skillsSessionsHeld", "womenEmployed", "averageYearlyIncomeRiseFen", "mentors", "mentorAgreements",
                "competitionContestants", "familyEducationLectures", "onlineViewers"));
        fields.put("commerce", List.of("marketEvents", "marketConsumptionFen", "onlineConsumptionFen", "expoTurnoverFen", "workshops"));
        fields.put("care", List.of("caringMothers", "activeMatches", "insuredWomen", "donatedSuppliesFen", "householdsServed",
                "parentChildActivities"));
        return Collections.unmodifiableMap(fields);
    }

    /** The report's figures as the gateway answered them; a section not {@code OK} is left out, a missing figure is an error. */
    public static Report of(JsonNode answer) {
        Map<String, Map<String, Long>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> section : FIELDS.entrySet()) {
            JsonNode node = answer.get(section.getKey());
            if (node == null || !"OK".equals(node.path("status").asString())) {
                continue;
            }
            Map<String, Long> figures = new LinkedHashMap<>();
            for (String field : section.getValue()) {
                JsonNode figure = node.get(field);
                if (figure == null || !figure.isIntegralNumber()) {
                    throw new IllegalArgumentException(section.getKey() + "." + field + " is not a whole number: " + figure);
                }
                figures.put(field, figure.asLong());
            }
            sections.put(section.getKey(), figures);
        }
        return new Report(sections);
    }

    /** A figure of an answered section. */
    public long figure(String section, String field) {
        return sections.get(section).get(field);
    }
}
