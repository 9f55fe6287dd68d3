package org.jinguo.care.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jinguo.care.CareDesk;
import org.jinguo.care.RawTables;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Family-dispute mediation cases through the REST API: opened, mediated, closed with an outcome. */
@ServiceIntegrationTest
class MediationIT {

    private static final LocalDate TODAY = BusinessDates.today();
    private static final LocalDate OPENED = TODAY.minusDays(20);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseIsNumberedMediatedAndClosedOnceWithItsOutcomeAndItsPartiesAndNotesSealed() {
        CareDesk desk = new CareDesk(port, jdbc, "JINQING");

        Reply opened = desk.admin().post("/api/v1/mediation-cases", mediationCase("JINQING", OPENED)).send();

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");
        String id = opened.json().get("id").asString();
        assertThat(opened.header("Location")).endsWith("/api/v1/mediation-cases/" + id);
        assertThat(opened.json().get("caseNumber").asString()).matches("MD-" + OPENED.getYear() + "-\\d{6}");
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.json().get("parties").get(0).get("name").asString()).isEqualTo("金*强");
        assertThat(opened.json().get("parties").get(0).get("phone").asString()).isEqualTo("139****0321");
        assertThat(opened.json().get("parties").get(1).get("role").asString()).isEqualTo("WIFE");
        assertThat(desk.admin().get("/api/v1/mediation-cases?townCode=JINQING&status=OPEN").send().json().get("items").findValuesAsString("id"))
                .containsExactly(id);

        Reply mediating = desk.admin().post("/api/v1/mediation-cases/" + id + "/mediation", "").header("If-Match", "\"1\"").send();
        assertThat(mediating.json().get("status").asString()).isEqualTo("MEDIATING");
        assertThat(mediating.header("ETag")).isEqualTo("\"2\"");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases/" + id + "/mediation", "").header("If-Match", "\"2\"").send(), 409))
                .isEqualTo("MEDIATION_STATUS");

        Reply closed = desk.admin().post("/api/v1/mediation-cases/" + id + "/closure", closure("AGREEMENT", TODAY)).header("If-Match", "\"2\"")
                .send();
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("outcome").asString()).isEqualTo("AGREEMENT");
        assertThat(closed.json().get("closedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(closed.json().get("outcomeNotes").isNull()).as("a write never echoes the notes").isTrue();
        assertThat(desk.admin().get("/api/v1/mediation-cases/" + id).send().json().get("outcomeNotes").asString()).isEqualTo("双方约定周末轮流接送孩子");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases/" + id + "/closure", closure("NO_AGREEMENT", TODAY))
                .header("If-Match", "\"3\"").send(), 409)).as("closed once").isEqualTo("MEDIATION_STATUS");
        assertThat(RawTables.rowsHolding(jdbc, "金大强", "13905790321", "周末轮流接送")).as("sealed at rest, audit included").isEmpty();
    }

    @Test
    void aCaseMayCloseWithoutMediationWhenThePartiesWithdraw() {
        CareDesk desk = new CareDesk(port, jdbc, "JINQING");
        String id = CareDesk.created(desk.admin().post("/api/v1/mediation-cases", mediationCase("JINQING", OPENED)).send());

        Reply closed = desk.admin().post("/api/v1/mediation-cases/" + id + "/closure", "{\"outcome\":\"WITHDRAWN\",\"closedOn\":\"%s\"}"
                .formatted(OPENED)).header("If-Match", "\"1\"").send();

        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("outcome").asString()).isEqualTo("WITHDRAWN");
        assertThat(desk.admin().get("/api/v1/mediation-cases/" + id).send().json().get("outcomeNotes").isNull()).isTrue();
    }

    @Test
    void casesAreTheirTownsStaffsAndAnotherTownsAnswerAsIfTheyDidNotExist() {
        CareDesk desk = new CareDesk(port, jdbc, "XINQIAO");
        new CareDesk(port, jdbc, "LUOYANG");
        HttpApi ours = desk.as(TestTokens.townStaff("XINQIAO"));
        HttpApi theirs = desk.as(TestTokens.townStaff("LUOYANG"));
        String id = CareDesk.created(ours.post("/api/v1/mediation-cases", mediationCase("XINQIAO", OPENED)).send());
        long cases = desk.rows("mediation_case");

        assertThat(desk.as(null).get("/api/v1/mediation-cases/" + id).send().status()).isEqualTo(401);
        assertThat(desk.as(null).post("/api/v1/mediation-cases", mediationCase("XINQIAO", OPENED)).send().status()).isEqualTo(401);
        for (String token : new String[] {TestTokens.role("JUDGE", null), TestTokens.role("RESIDENT", null),
                TestTokens.user("helper-xinqiao", "HELPER", null), TestTokens.partnerClient("shiguang-center", "care.read", "care.write")}) {
            assertThat(desk.as(token).get("/api/v1/mediation-cases/" + id).send().status()).isEqualTo(403);
            assertThat(desk.as(token).post("/api/v1/mediation-cases/" + id + "/mediation", "").header("If-Match", "\"1\"").send().status())
                    .isEqualTo(403);
        }

        assertThat(ours.get("/api/v1/mediation-cases/" + id).send().status()).isEqualTo(200);
        assertThat(CareDesk.problem(theirs.get("/api/v1/mediation-cases/" + id).send(), 404)).isEqualTo("MEDIATION_NOT_FOUND");
        assertThat(theirs.post("/api/v1/mediation-cases/" + id + "/mediation", "").header("If-Match", "\"1\"").send().status()).isEqualTo(404);
        assertThat(theirs.post("/api/v1/mediation-cases/" + id + "/closure", closure("AGREEMENT", TODAY)).header("If-Match", "\"1\"").send()
                .status()).isEqualTo(404);
        assertThat(CareDesk.problem(theirs.get("/api/v1/mediation-cases?townCode=XINQIAO").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(theirs.get("/api/v1/mediation-cases").send().json().get("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(CareDesk.problem(theirs.post("/api/v1/mediation-cases", mediationCase("XINQIAO", OPENED)).send(), 403)).isEqualTo("OTHER_TOWN");

        assertThat(desk.rows("mediation_case")).isEqualTo(cases);
        Reply shown = desk.admin().get("/api/v1/mediation-cases/" + id).send();
        assertThat(shown.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(shown.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aBadCaseOrClosureIsRefusedAndChangesNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "WUYANG");
        String id = CareDesk.created(desk.admin().post("/api/v1/mediation-cases", mediationCase("WUYANG", OPENED)).send());
        long cases = desk.rows("mediation_case");
        String eleven = "{\"name\":\"某人\",\"role\":\"RELATIVE\"},".repeat(11);

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases", mediationCase("WUYANG", TODAY.plusDays(1))).send(), 400))
                .isEqualTo("openedOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases", mediationCase("NOWHERE", OPENED)).send(), 400))
                .isEqualTo("townCode UNKNOWN_TOWN");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases", """
                {"kind":"MARRIAGE","parties":[],"townCode":"WUYANG"}""").send(), 400)).startsWith("parties");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases", """
                {"kind":"MARRIAGE","parties":[%s],"townCode":"WUYANG"}""".formatted(eleven.substring(0, eleven.length() - 1))).send(), 400))
                .startsWith("parties");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases", """
                {"kind":"MARRIAGE","parties":[{"name":"吴某","role":"WIFE","phone":"12345"}],"townCode":"WUYANG"}""").send(), 400))
                .startsWith("parties[0].phone");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases/" + id + "/closure", closure("AGREEMENT", OPENED.minusDays(1)))
                .header("If-Match", "\"1\"").send(), 400)).isEqualTo("closedOn DATE_OUT_OF_RANGE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases/" + id + "/closure", closure("AGREEMENT", TODAY.plusDays(1)))
                .header("If-Match", "\"1\"").send(), 400)).isEqualTo("closedOn DATE_OUT_OF_RANGE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases/" + id + "/closure", "{\"closedOn\":\"%s\"}".formatted(TODAY))
                .header("If-Match", "\"1\"").send(), 400)).startsWith("outcome ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases/" + id + "/mediation", "").send(), 428))
                .isEqualTo("PRECONDITION_REQUIRED");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/mediation-cases/" + id + "/mediation", "").header("If-Match", "\"0\"").send(), 412))
                .isEqualTo("PRECONDITION_FAILED");

        assertThat(desk.rows("mediation_case")).isEqualTo(cases);
        Reply shown = desk.admin().get("/api/v1/mediation-cases/" + id).send();
        assertThat(shown.header("ETag")).isEqualTo("\"1\"");
        JsonNode unchanged = shown.json();
        assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
        assertThat(unchanged.get("closedOn").isNull()).isTrue();
    }

    private static String mediationCase(String town, LocalDate openedOn) {
        return """
                {"kind":"CUSTODY","parties":[{"name":"金大强","role":"HUSBAND","phone":"13905790321"},{"name":"金小燕","role":"WIFE"}],
                 "townCode":"%s","openedOn":"%s"}""".formatted(town, openedOn);
    }

    private static String closure(String outcome, LocalDate closedOn) {
        return "{\"outcome\":\"%s\",\"notes\":\"双方约定周末轮流接送孩子\",\"closedOn\":\"%s\"}".formatted(outcome, closedOn);
    }
}
