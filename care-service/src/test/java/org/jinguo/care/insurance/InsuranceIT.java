package org.jinguo.care.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jinguo.care.CareDesk;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The women's wellbeing insurance through the REST API: programme years (one per year, so each
 * test here opens a past year of its own) and women's enrolments through their states.
 */
@ServiceIntegrationTest
class InsuranceIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProgrammeYearIsOpenedOnceAndAnEligibleWomanIsAppliedEnrolledAndCancelled() {
        CareDesk desk = new CareDesk(port, jdbc, "CHUMEN");
        Reply opened = desk.admin().post("/api/v1/insurance-programmes", programme(2025, 18, 60)).send();
        assertThat(opened.status()).isEqualTo(201);
        String programme = opened.json().get("id").asString();
        assertThat(desk.admin().get("/api/v1/insurance-programmes").send().json().findValuesAsString("id")).contains(programme);
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-programmes", programme(2025, 20, 50)).send(), 409))
                .isEqualTo("PROGRAMME_YEAR_TAKEN");

        String idNumber = CareDesk.idNumber(LocalDate.of(1985, 8, 8), 71);
        Reply applied = desk.admin().post("/api/v1/insurance-enrolments", enrolment(programme, "楚丽华", idNumber, "CHUMEN", "2025-01-20")).send();
        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.header("ETag")).isEqualTo("\"1\"");
        String enrolment = applied.json().get("id").asString();
        assertThat(applied.json().get("status").asString()).isEqualTo("APPLIED");
        assertThat(applied.json().get("birthYear").asInt()).isEqualTo(1985);
        assertThat(applied.json().get("personal").get("name").asString()).isEqualTo("楚*华");
        assertThat(applied.json().get("personal").get("idNumber").asString()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(applied.body()).doesNotContain(idNumber, "13905790123");

        Reply enrolled = desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/enrolment", "{\"enrolledOn\":\"2025-02-01\"}")
                .header("If-Match", "\"1\"").send();
        assertThat(enrolled.status()).isEqualTo(200);
        assertThat(enrolled.header("ETag")).isEqualTo("\"2\"");
        assertThat(enrolled.json().get("status").asString()).isEqualTo("ENROLLED");
        assertThat(enrolled.json().get("enrolledOn").asString()).isEqualTo("2025-02-01");
        assertThat(enrolled.json().get("coverEndsOn").asString()).isEqualTo("2025-12-31");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments", enrolment(programme, "楚丽华", idNumber, "CHUMEN", "2025-06-01")).send(),
                409)).as("one enrolment per woman and year").isEqualTo("ALREADY_ENROLLED");

        Reply cancelled = desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/cancellation", "{\"cancelledOn\":\"2025-09-30\"}")
                .header("If-Match", "\"2\"").send();
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("coverEndsOn").asString()).isEqualTo("2025-09-30");
        JsonNode shown = desk.admin().get("/api/v1/insurance-enrolments/" + enrolment).send().json();
        assertThat(shown.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(desk.admin().get("/api/v1/insurance-enrolments?programmeId=%s&townCode=CHUMEN&status=CANCELLED".formatted(programme)).send()
                .json().get("items").findValuesAsString("id")).containsExactly(enrolment);
    }

    @Test
    void aWomanTheInsurerRefusedMayApplyAgainAndAStaleOrMissingVersionChangesNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "CHUMEN");
        String programme = CareDesk.created(desk.admin().post("/api/v1/insurance-programmes", programme(2024, 18, 60)).send());
        String idNumber = CareDesk.idNumber(LocalDate.of(1979, 2, 2), 72);
        String enrolment = CareDesk.created(desk.admin().post("/api/v1/insurance-enrolments",
                enrolment(programme, "楚秀兰", idNumber, "CHUMEN", "2024-03-01")).send());

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/rejection", "{\"reason\":\"已在外地参保\"}")
                .send(), 428)).isEqualTo("PRECONDITION_REQUIRED");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/rejection", "{\"reason\":\"已在外地参保\"}")
                .header("If-Match", "\"7\"").send(), 412)).isEqualTo("PRECONDITION_FAILED");
        assertThat(desk.admin().get("/api/v1/insurance-enrolments/" + enrolment).send().json().get("status").asString()).isEqualTo("APPLIED");
        Reply rejected = desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/rejection", "{\"reason\":\"已在外地参保\"}")
                .header("If-Match", "\"1\"").send();
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejectionReason").asString()).isEqualTo("已在外地参保");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/enrolment", "{\"enrolledOn\":\"2024-04-01\"}")
                .header("If-Match", "\"2\"").send(), 409)).isEqualTo("ENROLMENT_STATUS");

        assertThat(desk.admin().post("/api/v1/insurance-enrolments", enrolment(programme, "楚秀兰", idNumber, "CHUMEN", "2024-05-01")).send()
                .status()).as("a refused application does not count").isEqualTo(201);
    }

    @Test
    void programmesAreTheCitysAndEnrolmentsTheirTownsStaffsAnotherTownsAnsweringAsIfTheyDidNotExist() {
        CareDesk desk = new CareDesk(port, jdbc, "SONGMEN");
        new CareDesk(port, jdbc, "XIAOZHI");
        HttpApi ours = desk.as(TestTokens.townStaff("SONGMEN"));
        HttpApi theirs = desk.as(TestTokens.townStaff("XIAOZHI"));
        String programme = CareDesk.created(desk.as(TestTokens.role("CARE_STAFF", null)).post("/api/v1/insurance-programmes",
                programme(2023, 18, 60)).send());
        String enrolment = CareDesk.created(ours.post("/api/v1/insurance-enrolments",
                enrolment(programme, "松梅", CareDesk.idNumber(LocalDate.of(1990, 1, 1), 73), "SONGMEN", "2023-02-01")).send());
        long enrolments = desk.rows("insurance_enrolment");

        assertThat(desk.as(null).get("/api/v1/insurance-programmes").send().status()).isEqualTo(401);
        assertThat(desk.as(null).post("/api/v1/insurance-enrolments/" + enrolment + "/enrolment", "{\"enrolledOn\":\"2023-03-01\"}")
                .header("If-Match", "\"1\"").send().status()).isEqualTo(401);
        for (String token : new String[] {TestTokens.role("RESIDENT", null), TestTokens.role("JUDGE", null),
                TestTokens.user("mother-songmen", "CARING_MOTHER", null), TestTokens.partnerClient("shiguang-center", "care.read", "care.write")}) {
            assertThat(desk.as(token).get("/api/v1/insurance-enrolments/" + enrolment).send().status()).isEqualTo(403);
            assertThat(desk.as(token).get("/api/v1/insurance-programmes").send().status()).isEqualTo(403);
        }
        assertThat(ours.post("/api/v1/insurance-programmes", programme(2022, 18, 60)).send().status()).as("programme years are the city's")
                .isEqualTo(403);
        assertThat(ours.get("/api/v1/insurance-programmes").send().status()).isEqualTo(200);

        assertThat(ours.get("/api/v1/insurance-enrolments/" + enrolment).send().status()).isEqualTo(200);
        assertThat(CareDesk.problem(theirs.get("/api/v1/insurance-enrolments/" + enrolment).send(), 404)).isEqualTo("ENROLMENT_NOT_FOUND");
        assertThat(theirs.post("/api/v1/insurance-enrolments/" + enrolment + "/enrolment", "{\"enrolledOn\":\"2023-03-01\"}")
                .header("If-Match", "\"1\"").send().status()).isEqualTo(404);
        assertThat(CareDesk.problem(theirs.get("/api/v1/insurance-enrolments?townCode=SONGMEN").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(theirs.get("/api/v1/insurance-enrolments?programmeId=" + programme).send().json().get("totalItems").asLong()).isZero();
        assertThat(CareDesk.problem(theirs.post("/api/v1/insurance-enrolments",
                enrolment(programme, "松兰", CareDesk.idNumber(LocalDate.of(1990, 1, 1), 74), "SONGMEN", "2023-02-01")).send(), 403))
                .isEqualTo("OTHER_TOWN");

        assertThat(desk.rows("insurance_enrolment")).isEqualTo(enrolments);
        assertThat(desk.admin().get("/api/v1/insurance-enrolments/" + enrolment).send().json().get("status").asString()).isEqualTo("APPLIED");
    }

    @Test
    void aBadProgrammeApplicationOrDateIsRefusedAndChangesNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "DUANQIAO");
        String programme = CareDesk.created(desk.admin().post("/api/v1/insurance-programmes", programme(2022, 18, 60)).send());
        String idNumber = CareDesk.idNumber(LocalDate.of(1982, 6, 6), 75);
        String enrolment = CareDesk.created(desk.admin().post("/api/v1/insurance-enrolments",
                enrolment(programme, "段丽", idNumber, "DUANQIAO", "2022-03-01")).send());
        CareDesk.require(desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/enrolment", "{\"enrolledOn\":\"2022-03-10\"}")
                .header("If-Match", "\"1\"").send(), 200);
        long programmes = desk.rows("insurance_programme");
        long enrolments = desk.rows("insurance_enrolment");
        String wrongCheck = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? "2" : "1");

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-programmes", programme(2021, 60, 18)).send(), 400))
                .isEqualTo("maxAge MAX_BELOW_MIN");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-programmes", programme(1999, 18, 60)).send(), 400)).startsWith("year ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments", enrolment(programme, "段芳", wrongCheck, "DUANQIAO", null))
                .send(), 400)).isEqualTo("idNumber INVALID_ID_NUMBER");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments",
                enrolment(enrolment, "段芳", CareDesk.idNumber(LocalDate.of(1982, 6, 6), 76), "DUANQIAO", null)).send(), 400))
                .isEqualTo("programmeId UNKNOWN_PROGRAMME");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments",
                enrolment(programme, "段芳", CareDesk.idNumber(LocalDate.of(1982, 6, 6), 76), "DUANQIAO", "2023-01-02")).send(), 400))
                .as("after the programme year").isEqualTo("appliedOn DATE_OUT_OF_RANGE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments",
                enrolment(programme, "段芳", CareDesk.idNumber(LocalDate.of(1982, 6, 6), 76), "NOWHERE", null)).send(), 400))
                .isEqualTo("townCode UNKNOWN_TOWN");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/cancellation",
                "{\"cancelledOn\":\"2022-03-09\"}").header("If-Match", "\"2\"").send(), 400)).as("before she was covered")
                .isEqualTo("cancelledOn DATE_OUT_OF_RANGE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/insurance-enrolments/" + enrolment + "/cancellation", "{}")
                .header("If-Match", "\"2\"").send(), 400)).startsWith("cancelledOn ");

        assertThat(desk.rows("insurance_programme")).isEqualTo(programmes);
        assertThat(desk.rows("insurance_enrolment")).isEqualTo(enrolments);
        Reply shown = desk.admin().get("/api/v1/insurance-enrolments/" + enrolment).send();
        assertThat(shown.header("ETag")).isEqualTo("\"2\"");
        assertThat(shown.json().get("coverEndsOn").asString()).isEqualTo("2022-12-31");
    }

    private static String programme(int year, int minAge, int maxAge) {
        return """
                {"year":%d,"name":"%d年度女性安康保险","premiumFen":9900,"incomeLimitFen":150000,"minAge":%d,"maxAge":%d}"""
                .formatted(year, year, minAge, maxAge);
    }

    /** @param appliedOn null for today */
    private static String enrolment(String programme, String name, String idNumber, String town, String appliedOn) {
        return """
                {"programmeId":"%s","name":"%s","idNumber":"%s","phone":"13905790123","monthlyIncomePerCapitaFen":120000,"townCode":"%s",
                 "appliedOn":%s}""".formatted(programme, name, idNumber, town, appliedOn == null ? "null" : "\"" + appliedOn + "\"");
    }
}
