package org.jinguo.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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

/**
 * Who may do what in care (docs/architecture.md §5): every caller × the operations that matter, on
 * records of LINHAI. A caring mother and her helper act only for the child she is matched to; a
 * partner reads only what the consents allow; erasure is CITY_ADMIN's.
 */
@ServiceIntegrationTest
class CareAccessIT {

    private static final String TOWN = "LINHAI";
    private static final String NO_CARE_ROLE = "403 403 403 403 403 403 403 403 403";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private record Records(String matchedChild, String closedCase) {
    }

    @Test
    void everyCallerGetsTheStatusItsRoleImpliesForEveryOperation() {
        CareDesk desk = new CareDesk(port, jdbc, TOWN);
        new CareDesk(port, jdbc, "DUQIAO");
        Records records = records(desk);
        Map<String, String> callers = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        // operations: list children, register a child, reveal a child's personal data, erase a case, register a caring mother,
        //             run the matching, log a visit for the matched child, record a donation, statistics
        expect(callers, expected, "anonymous", null, "401 401 401 401 401 401 401 401 401");
        expect(callers, expected, "CITY_ADMIN", TestTokens.cityAdmin(), "ok ok ok ok ok ok ok ok ok");
        expect(callers, expected, "CARE_STAFF", TestTokens.role("CARE_STAFF", null), "ok ok ok 403 ok ok ok ok ok");
        expect(callers, expected, "TOWN_STAFF of LINHAI", TestTokens.townStaff(TOWN), "ok ok 403 403 ok ok ok ok ok");
        expect(callers, expected, "TOWN_STAFF of DUQIAO", TestTokens.townStaff("DUQIAO"), "ok 403 403 403 403 ok 404 403 ok");
        for (String role : List.of("ACADEMY_STAFF", "COMMERCE_STAFF", "JUDGE", "RESIDENT")) {
            expect(callers, expected, role, TestTokens.role(role, null), NO_CARE_ROLE);
        }
        expect(callers, expected, "her caring mother", TestTokens.user("mother-access", "CARING_MOTHER", null),
                "ok 403 403 403 403 403 ok 403 403");
        expect(callers, expected, "another caring mother", TestTokens.user("mother-elsewhere", "CARING_MOTHER", null),
                "ok 403 403 403 403 403 404 403 403");
        expect(callers, expected, "her helper", TestTokens.user("helper-access", "HELPER", null), "ok 403 403 403 403 403 ok 403 403");
        expect(callers, expected, "partner with care.read", TestTokens.partnerClient("shiguang-center", "care.read"),
                "ok 403 403 403 403 403 403 403 ok");
        expect(callers, expected, "partner without care scopes", TestTokens.partnerClient("market-platform", "commerce.read"), NO_CARE_ROLE);

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            HttpApi api = caller.getValue() == null ? HttpApi.onLocalPort(port) : HttpApi.onLocalPort(port).as(caller.getValue());
            List<String> got = new ArrayList<>();
            for (Function<Records, Reply> operation : operations(api)) {
                Reply reply = operation.apply(records);
                got.add(reply.status() / 100 == 2 ? "ok" : Integer.toString(reply.status()));
            }
            outcomes.put(caller.getKey(), String.join(" ", got));
        }

        assertThat(outcomes).isEqualTo(expected);
    }

    @Test
    void townStaffListAndReadTheirOwnTownsCasesOnlyAndAnotherTownsCaseAnswersAsIfItDidNotExist() {
        CareDesk shangpan = new CareDesk(port, jdbc, "SHANGPAN");
        CareDesk baita = new CareDesk(port, jdbc, "BAITA");
        String ours = shangpan.child("上小禾", 2015, "2024-01-10", null);
        String theirs = baita.child("白小溪", 2015, "2024-01-10", null);
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("SHANGPAN"));

        JsonNode listed = staff.get("/api/v1/children").send().json();
        assertThat(listed.get("items").findValuesAsString("id")).containsExactly(ours);
        assertThat(listed.get("totalItems").asLong()).isEqualTo(1);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("BAITA")).get("/api/v1/children").send().json().get("items")
                .findValuesAsString("id")).containsExactly(theirs);
        Reply asked = staff.get("/api/v1/children?townCode=BAITA").send();
        assertThat(asked.status()).as("town codes are public: asking for another town's list is refused").isEqualTo(403);
        assertThat(asked.json().get("code").asString()).isEqualTo("OTHER_TOWN");

        assertThat(staff.get("/api/v1/children/" + ours).send().status()).isEqualTo(200);
        Reply other = staff.get("/api/v1/children/" + theirs).send();
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("code").asString()).isEqualTo(staff.get("/api/v1/children/" + UUID.randomUUID()).send().json()
                .get("code").asString()).isEqualTo("CHILD_NOT_FOUND");
        assertThat(other.body()).doesNotContain("白", "BAITA");
    }

    private static void expect(Map<String, String> callers, Map<String, String> expected, String caller, String token, String statuses) {
        callers.put(caller, token);
        expected.put(caller, statuses);
    }

    private List<Function<Records, Reply>> operations(HttpApi api) {
        return List.of(
                records -> api.get("/api/v1/children").send(),
                records -> api.post("/api/v1/children", """
                        {"category":"OTHER","birthYear":2016,"guardianRelation":"PARENT","townCode":"LINHAI","personal":{"name":"临小新"}}""")
                        .send(),
                records -> api.post("/api/v1/children/" + records.matchedChild() + "/personal-data/reveal", "{\"purpose\":\"核对监护人\"}")
                        .send(),
                records -> api.post("/api/v1/children/" + records.closedCase() + "/erasure", "").send(),
                records -> api.post("/api/v1/caring-mothers", """
                        {"personal":{"name":"临妈妈"},"profile":{"skills":["TUTORING"],"townCode":"LINHAI"}}""").send(),
                records -> api.post("/api/v1/matching-runs", "{\"cityWide\":true}").send(),
                records -> api.post("/api/v1/children/" + records.matchedChild() + "/visits", """
                        {"kind":"CALL","visitedOn":"%s","durationMinutes":15}""".formatted(BusinessDates.today())).send(),
                records -> api.post("/api/v1/donations", """
                        {"kind":"GOODS","donorName":"临海爱心超市","donorKind":"MERCHANT","description":"米面粮油","valueFen":88000,
                         "receivedOn":"%s","townCode":"LINHAI"}""".formatted(BusinessDates.today())).send(),
                records -> api.get("/api/v1/care-statistics?from=2024-01-01&to=2024-12-31").send());
    }

    private static Records records(CareDesk desk) {
        String mother = desk.activeMother("临秀珍", "[\"DAILY_CARE\"]", 1, "mother-access");
        String child = desk.waitingChild("临小安", 2015, "{\"dailyCare\":\"HIGH\",\"education\":\"NONE\",\"social\":\"NONE\"}", true);
        String match = null;
        for (JsonNode proposal : desk.admin().post("/api/v1/children/" + child + "/match-proposals", "").send().json()) {
            if (proposal.get("motherId").asString().equals(mother)) {
                match = proposal.get("id").asString();
            }
        }
        CareDesk.require(desk.admin().post("/api/v1/matches/" + match + "/confirmation", "{}").header("If-Match", "\"1\"").send(), 200);
        String helper = CareDesk.created(desk.admin().post("/api/v1/helpers", """
                {"kind":"YOUNG_SOCIAL_WORKER","name":"临社工","accountSubject":"helper-access","townCode":"LINHAI"}""").send());
        CareDesk.require(desk.admin().post("/api/v1/helpers/" + helper + "/attachments", """
                {"childId":"%s","attachedOn":"%s"}""".formatted(child, BusinessDates.today())).send(), 201);
        desk.activeMother("别家妈妈", "[\"TUTORING\"]", 1, "mother-elsewhere");
        String closed = desk.child("临小旧", 2005, "2018-01-01", null);
        CareDesk.require(desk.admin().post("/api/v1/children/" + closed + "/closure", "{\"reason\":\"AGED_OUT\",\"closedOn\":\"2019-01-01\"}")
                .header("If-Match", "\"1\"").send(), 200);
        return new Records(child, closed);
    }
}
