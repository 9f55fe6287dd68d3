package org.jinguo.care.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.care.CareDesk;
import org.jinguo.events.care.CareEvents;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Visits and service records for matched children, and the children not visited for too long, through the REST API. */
@ServiceIntegrationTest
class VisitIT {

    private static final LocalDate TODAY = BusinessDates.today();
    private static final String NEEDS = "{\"dailyCare\":\"HIGH\",\"education\":\"LOW\",\"social\":\"NONE\"}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMotherHerHelperAndStaffLogVisitsEachReadingOnlyTheNotesTheyMayAndEachVisitIsAnnouncedWithoutThem() {
        CareDesk desk = new CareDesk(port, jdbc, "SHIQIAO");
        String mother = desk.activeMother("石桂芳", "[\"DAILY_CARE\"]", 1, "mother-shiqiao");
        String child = desk.waitingChild("石小桥", 2015, NEEDS, false);
        desk.confirmedMatch(child, mother, TODAY.minusDays(20));
        String helper = desk.helper("石同学", "helper-shiqiao");
        CareDesk.require(desk.admin().post("/api/v1/helpers/" + helper + "/attachments", """
                {"motherId":"%s","attachedOn":"%s"}""".formatted(mother, TODAY.minusDays(20))).send(), 201);
        HttpApi asMother = desk.as(TestTokens.user("mother-shiqiao", "CARING_MOTHER", null));
        HttpApi asHelper = desk.as(TestTokens.user("helper-shiqiao", "HELPER", null));

        Reply byMother = asMother.post("/api/v1/children/" + child + "/visits", visit(null, "HOME_VISIT", TODAY.minusDays(3), 60, "孩子咳嗽，已提醒奶奶带去卫生院"))
                .send();
        Reply byHelper = asHelper.post("/api/v1/children/" + child + "/visits", visit(null, "TUTORING", TODAY.minusDays(2), 90, "数学作业订正")).send();
        Reply byStaff = desk.as(TestTokens.townStaff("SHIQIAO")).post("/api/v1/children/" + child + "/visits",
                visit(null, "CALL", TODAY.minusDays(1), 15, "电话回访监护人")).send();

        assertThat(byMother.status()).isEqualTo(201);
        String visit = byMother.json().get("id").asString();
        assertThat(byMother.json().get("motherId").asString()).isEqualTo(mother);
        assertThat(byMother.json().get("helperId").isNull()).isTrue();
        assertThat(byMother.json().get("loggedBy").asString()).isEqualTo("mother-shiqiao");
        assertThat(byMother.json().get("notes").isNull()).as("a write never echoes the notes").isTrue();
        assertThat(byHelper.json().get("helperId").asString()).isEqualTo(helper);
        assertThat(byStaff.status()).isEqualTo(201);
        assertThat(desk.admin().get("/api/v1/children/" + child).send().json().get("status").asString()).isEqualTo("ACTIVE");

        assertThat(notes(desk.admin(), child)).containsExactly("电话回访监护人", "数学作业订正", "孩子咳嗽，已提醒奶奶带去卫生院");
        assertThat(notes(asMother, child)).containsExactly("null", "null", "孩子咳嗽，已提醒奶奶带去卫生院");
        assertThat(notes(asHelper, child)).containsExactly("null", "数学作业订正", "null");
        String inAnHour = URLEncoder.encode(OffsetDateTime.now().plusHours(1).toString(), StandardCharsets.UTF_8);
        String anHourAgo = URLEncoder.encode(OffsetDateTime.now().minusHours(1).toString(), StandardCharsets.UTF_8);
        assertThat(asMother.get("/api/v1/children/" + child + "/visits?updatedSince=" + anHourAgo).send().json().get("totalItems").asLong())
                .as("recorded since").isEqualTo(3);
        assertThat(asMother.get("/api/v1/children/" + child + "/visits?updatedSince=" + inAnHour).send().json().get("totalItems").asLong())
                .as("nothing recorded after").isZero();

        ConsumerRecord<String, String> event = TopicReader.first(CareEvents.VISITS_TOPIC, record -> record.key().equals(visit), Duration.ofSeconds(20));
        assertThat(EventSchemas.violations(CareEvents.VISIT_LOGGED, event.value())).isEmpty();
        assertThat(event.value()).contains(child, "HOME_VISIT", "SHIQIAO").doesNotContain("咳嗽", "石小桥", "石桂芳", "mother-shiqiao");
    }

    @Test
    void aRecordMadeOfflineAndSentAgainIsStoredOnceAndOtherContentUnderItsIdIsRefused() {
        CareDesk desk = new CareDesk(port, jdbc, "SHIQIAO");
        String mother = desk.activeMother("石春兰", "[\"DAILY_CARE\"]", 1, "mother-shiqiao-2");
        String child = desk.waitingChild("石小溪", 2016, NEEDS, false);
        desk.confirmedMatch(child, mother, TODAY.minusDays(10));
        HttpApi asMother = desk.as(TestTokens.user("mother-shiqiao-2", "CARING_MOTHER", null));
        String id = UUID.randomUUID().toString();
        String offline = visit(id, "OUTING", TODAY.minusDays(1), 120, "去镇图书馆");

        Reply first = asMother.post("/api/v1/children/" + child + "/visits", offline).send();
        Reply again = asMother.post("/api/v1/children/" + child + "/visits", offline).send();
        Reply other = asMother.post("/api/v1/children/" + child + "/visits", visit(id, "OUTING", TODAY.minusDays(1), 100, "去镇图书馆")).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(id);
        assertThat(CareDesk.problem(other, 409)).isEqualTo("VISIT_ID_TAKEN");
        assertThat(desk.admin().get("/api/v1/children/" + child + "/visits").send().json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void childrenInAMatchNotVisitedForTooLongAreListedLongestWaitingFirst() {
        CareDesk desk = new CareDesk(port, jdbc, "YONGQUAN");
        String mother = desk.activeMother("永秀英", "[\"DAILY_CARE\"]", 3, null);
        String visited = desk.waitingChild("永小一", 2015, NEEDS, false);
        String forgotten = desk.waitingChild("永小二", 2015, NEEDS, false);
        String longForgotten = desk.waitingChild("永小三", 2015, NEEDS, false);
        desk.confirmedMatch(visited, mother, TODAY.minusDays(60));
        desk.confirmedMatch(forgotten, mother, TODAY.minusDays(40));
        desk.confirmedMatch(longForgotten, mother, TODAY.minusDays(50));
        CareDesk.require(desk.admin().post("/api/v1/children/" + visited + "/visits", visit(null, "CALL", TODAY.minusDays(2), 10, null)).send(), 201);

        JsonNode overdue = desk.admin().get("/api/v1/visits/overdue?townCode=YONGQUAN").send().json();

        assertThat(overdue.get("items").findValuesAsString("childId")).containsExactly(longForgotten, forgotten);
        assertThat(overdue.get("items").get(1).get("daysWithoutVisit").asLong()).isEqualTo(40);
        assertThat(overdue.get("items").get(1).get("lastVisitedOn").isNull()).isTrue();
        assertThat(desk.admin().get("/api/v1/visits/overdue?townCode=YONGQUAN&days=45").send().json().get("items").findValuesAsString("childId"))
                .containsExactly(longForgotten);
        assertThat(desk.as(TestTokens.townStaff("YONGQUAN")).get("/api/v1/visits/overdue").send().json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(desk.as(TestTokens.user("mother-yongquan", "CARING_MOTHER", null)).get("/api/v1/visits/overdue").send().status())
                .as("the overdue list is staff's").isEqualTo(403);
        assertThat(CareDesk.problem(desk.as(TestTokens.townStaff("TANTOU")).get("/api/v1/visits/overdue?townCode=YONGQUAN").send(), 403))
                .isEqualTo("OTHER_TOWN");
        assertThat(desk.as(null).get("/api/v1/visits/overdue").send().status()).isEqualTo(401);
        assertThat(CareDesk.problem(desk.admin().get("/api/v1/visits/overdue?days=0").send(), 400)).startsWith("days");
    }

    @Test
    void onlyTheChildsCarersAndHerTownsStaffLogOrReadHerVisitsOthersAnsweredAsIfSheDidNotExist() {
        CareDesk desk = new CareDesk(port, jdbc, "TANTOU");
        String mother = desk.activeMother("潭月娥", "[\"DAILY_CARE\"]", 1, "mother-tantou");
        desk.activeMother("潭别家", "[\"TUTORING\"]", 1, "mother-tantou-other");
        desk.helper("潭同学", "helper-tantou-idle");
        String child = desk.waitingChild("潭小月", 2015, NEEDS, true);
        desk.confirmedMatch(child, mother, TODAY.minusDays(5));
        String path = "/api/v1/children/" + child + "/visits";
        String body = visit(null, "CALL", TODAY, 10, "周末电话");
        long visits = desk.rows("visit");

        assertThat(desk.as(null).post(path, body).send().status()).isEqualTo(401);
        assertThat(desk.as(null).get(path).send().status()).isEqualTo(401);
        for (String token : new String[] {TestTokens.role("ACADEMY_STAFF", null), TestTokens.role("RESIDENT", null),
                TestTokens.partnerClient("shiguang-center", "care.read", "care.write")}) {
            assertThat(desk.as(token).post(path, body).send().status()).isEqualTo(403);
            assertThat(desk.as(token).get(path).send().status()).isEqualTo(403);
        }
        for (String token : new String[] {TestTokens.user("mother-tantou-other", "CARING_MOTHER", null),
                TestTokens.user("helper-tantou-idle", "HELPER", null), TestTokens.townStaff("SHIQIAO")}) {
            assertThat(CareDesk.problem(desk.as(token).post(path, body).send(), 404)).isEqualTo("CHILD_NOT_FOUND");
            assertThat(desk.as(token).get(path).send().status()).isEqualTo(404);
        }

        assertThat(desk.rows("visit")).isEqualTo(visits);
        assertThat(desk.as(TestTokens.user("mother-tantou", "CARING_MOTHER", null)).post(path, body).send().status()).isEqualTo(201);
    }

    @Test
    void aHelperAttachedToTheChildLogsHerVisitsUntilSheLeaves() {
        CareDesk desk = new CareDesk(port, jdbc, "GAOQIAO");
        String mother = desk.activeMother("高玉兰", "[\"DAILY_CARE\"]", 1, null);
        String child = desk.waitingChild("高小桥", 2015, NEEDS, false);
        desk.confirmedMatch(child, mother, TODAY.minusDays(5));
        String helper = desk.helper("高社工", "helper-gaoqiao");
        CareDesk.require(desk.admin().post("/api/v1/helpers/" + helper + "/attachments", """
                {"childId":"%s","attachedOn":"%s"}""".formatted(child, TODAY.minusDays(5))).send(), 201);
        HttpApi asHelper = desk.as(TestTokens.user("helper-gaoqiao", "HELPER", null));
        String path = "/api/v1/children/" + child + "/visits";

        Reply logged = asHelper.post(path, visit(null, "TUTORING", TODAY.minusDays(1), 45, null)).send();
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("helperId").asString()).isEqualTo(helper);
        assertThat(logged.json().get("motherId").asString()).as("the visit belongs to the child's match").isEqualTo(mother);

        CareDesk.require(desk.admin().post("/api/v1/helpers/" + helper + "/leaving", "{\"leftOn\":\"%s\"}".formatted(TODAY)).send(), 200);

        assertThat(CareDesk.problem(asHelper.post(path, visit(null, "TUTORING", TODAY, 45, null)).send(), 404)).isEqualTo("CHILD_NOT_FOUND");
        assertThat(asHelper.get(path).send().status()).isEqualTo(404);
    }

    @Test
    void aBadVisitIsRefusedAndLeavesTheCaseAsItWas() {
        CareDesk desk = new CareDesk(port, jdbc, "DONGCHENG");
        String mother = desk.activeMother("东秀梅", "[\"DAILY_CARE\"]", 1, null);
        String child = desk.waitingChild("东小城", 2015, NEEDS, false);
        String unmatched = desk.waitingChild("东小门", 2015, NEEDS, false);
        desk.confirmedMatch(child, mother, TODAY.minusDays(5));
        String path = "/api/v1/children/" + child + "/visits";
        long visits = desk.rows("visit");

        assertThat(CareDesk.problem(desk.admin().post(path, visit(null, "CALL", TODAY, 0, null)).send(), 400)).isEqualTo("durationMinutes Min");
        assertThat(CareDesk.problem(desk.admin().post(path, visit(null, "CALL", TODAY, 1441, null)).send(), 400)).isEqualTo("durationMinutes Max");
        assertThat(CareDesk.problem(desk.admin().post(path, visit(null, "CALL", TODAY.plusDays(1), 10, null)).send(), 400))
                .isEqualTo("visitedOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(desk.admin().post(path, visit(null, "CALL", TODAY.minusDays(6), 10, null)).send(), 400))
                .isEqualTo("visitedOn BEFORE_MATCH");
        assertThat(CareDesk.problem(desk.admin().post(path, visit(null, "DINNER", TODAY, 10, null)).send(), 400)).isNotBlank();
        assertThat(CareDesk.problem(desk.admin().post(path, "{\"kind\":\"CALL\",\"durationMinutes\":10}").send(), 400)).startsWith("visitedOn ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/children/" + unmatched + "/visits", visit(null, "CALL", TODAY, 10, null)).send(), 409))
                .isEqualTo("CHILD_NOT_MATCHED");

        assertThat(desk.rows("visit")).isEqualTo(visits);
        assertThat(desk.admin().get("/api/v1/children/" + child).send().json().get("status").asString()).as("no visit yet").isEqualTo("MATCHED");
    }

    private static String visit(String id, String kind, LocalDate on, int minutes, String notes) {
        return "{\"id\":%s,\"kind\":\"%s\",\"visitedOn\":\"%s\",\"durationMinutes\":%d,\"notes\":%s}".formatted(id == null ? "null" : "\"" + id + "\"",
                kind, on, minutes, notes == null ? "null" : "\"" + notes + "\"");
    }

    /** The visits' notes as the caller reads them, newest first, "null" for those not shown to them. */
    private static List<String> notes(HttpApi api, String child) {
        List<String> notes = new ArrayList<>();
        for (JsonNode visit : api.get("/api/v1/children/" + child + "/visits").send().json().get("items")) {
            notes.add(visit.get("notes").isNull() ? "null" : visit.get("notes").asString());
        }
        return notes;
    }
}
