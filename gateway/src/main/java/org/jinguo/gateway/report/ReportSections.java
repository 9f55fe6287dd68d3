package org.jinguo.gateway.report;

import java.util.List;
import java.util.Map;

/**
 * The report's sections as front ends rely on them (docs/domain.md, "The impact report"): which
 * service answers each, at which path, and which of its figures fill which field.
 *
 * @param fields report field → the service's field
 */
record ReportSections(String name, String service, String path, Map<String, String> fields) {

    static final List<ReportSections> ALL = List.of(
            new ReportSections("organizations", "org-service", "/api/v1/coverage/summary",
                    ordered("newDomainUnitsCovered", "coveredUnits", "industryFederations", "industryFederations")),
            new ReportSections("training", "training-service", "/api/v1/training-statistics",
                    same("skillsSessionsHeld", "womenEmployed", "averageYearlyIncomeRiseFen", "mentors", "mentorAgreements",
                            "competitionContestants", "familyEducationLectures", "onlineViewers")),
            new ReportSections("commerce", "commerce-service", "/api/v1/commerce-statistics",
                    same("marketEvents", "marketConsumptionFen", "onlineConsumptionFen", "expoTurnoverFen", "workshops")),
            new ReportSections("care", "care-service", "/api/v1/care-statistics",
                    same("caringMothers", "activeMatches", "insuredWomen", "donatedSuppliesFen", "householdsServed",
                            "parentChildActivities")));

    /** org-service reports the state on a day; the statistics services a period. */
    boolean stateOnTo() {
        return service.equals("org-service");
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> same(String... names) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, name);
        }
        return fields;
    }
}
