package org.jinguo.care.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jinguo.care.CareDesk;
import org.jinguo.events.care.CareEvents;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.EventPublisher;
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

/** Caring mothers certified by training, the batch matching, confirmation, visits and a mother's withdrawal, through the REST API. */
@ServiceIntegrationTest
class MatchingIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaringMotherCourseCompletionCertifiesHerWhicheverArrivesFirst() {
        CareDesk desk = new CareDesk(port, jdbc, "HENGJIE");
        UUID registeredFirst = UUID.randomUUID();
        UUID trainedFirst = UUID.randomUUID();
        UUID otherCourse = UUID.randomUUID();
        String waiting = register(desk, "许丽", registeredFirst);
        String elsewhere = register(desk, "许芳", otherCourse);

        completion(trainedFirst, "CARING_MOTHER", "2024-04-02");
        completion(registeredFirst, "CARING_MOTHER", "2024-04-02");
        completion(otherCourse, null, "2024-04-02");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(desk.admin().get("/api/v1/caring-mothers/" + waiting).send().json().get("status").asString()).isEqualTo("CERTIFIED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from caring_mother_certification where person_id = ?")
                .param(trainedFirst).query(Long.class).single() == 1);
        String later = register(desk, "许红", trainedFirst);
        assertThat(desk.admin().get("/api/v1/caring-mothers/" + later).send().json().get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(desk.admin().get("/api/v1/caring-mothers/" + elsewhere).send().json().get("status").asString()).isEqualTo("APPLICANT");
        JsonNode history = desk.admin().get("/api/v1/caring-mothers/" + waiting + "/status-changes").send().json();
        assertThat(history.get(1).get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(history.get(1).get("effectiveOn").asString()).isEqualTo("2024-04-02");

        Reply unchecked = desk.admin().post("/api/v1/caring-mothers/" + waiting + "/status-changes", """
                {"status":"ACTIVE","effectiveOn":"2024-05-01"}""").header("If-Match", desk.etag("/api/v1/caring-mothers/" + waiting)).send();
        assertThat(unchecked.status()).isEqualTo(409);
        assertThat(unchecked.json().get("code").asString()).isEqualTo("SAFEGUARDING_CHECK_MISSING");
        Reply byStaff = HttpApi.onLocalPort(port).as(TestTokens.role("CARE_STAFF", null)).post("/api/v1/caring-mothers/" + elsewhere
                + "/status-changes", "{\"status\":\"CERTIFIED\",\"effectiveOn\":\"2024-05-01\"}")
                .header("If-Match", desk.etag("/api/v1/caring-mothers/" + elsewhere)).send();
        assertThat(byStaff.status()).as("certified by training, not by hand").isEqualTo(403);
    }

    @Test
    void aBatchRunProposesTheOptimalAssignmentStaffConfirmAndTheMotherCaresForHerChildOnly() {
        CareDesk desk = new CareDesk(port, jdbc, "TANGXIA", "LUQIAO");
        String daily = desk.activeMother("陈秀英", "[\"DAILY_CARE\"]", 1, "mother-chen");
        String tutor = desk.activeMother("林美华", "[\"TUTORING\",\"PSYCHOLOGICAL_SUPPORT\"]", 2, "mother-lin");
        String needsCare = desk.waitingChild("张小雨", 2015, "{\"dailyCare\":\"HIGH\",\"education\":\"NONE\",\"social\":\"NONE\"}", false);
        String needsTutoring = desk.waitingChild("张小雪", 2014, "{\"dailyCare\":\"NONE\",\"education\":\"HIGH\",\"social\":\"NONE\"}", false);
        String needsFriends = desk.waitingChild("张小冰", 2013, "{\"dailyCare\":\"NONE\",\"education\":\"NONE\",\"social\":\"MEDIUM\"}", false);
        String fourth = desk.waitingChild("张小霜", 2016, "{\"dailyCare\":\"LOW\",\"education\":\"NONE\",\"social\":\"NONE\"}", false);

        Reply run = desk.admin().post("/api/v1/matching-runs", "{\"townCode\":\"TANGXIA\"}").send();

        assertThat(run.status()).isEqualTo(201);
        assertThat(run.json().get("childrenWaiting").asInt()).isEqualTo(4);
        assertThat(run.json().get("proposals").asInt()).as("three places for four children").isEqualTo(3);
        Map<String, JsonNode> proposals = new HashMap<>();
        for (JsonNode match : desk.admin().get("/api/v1/matches?runId=" + run.json().get("id").asString()).send().json().get("items")) {
            proposals.put(match.get("childId").asString(), match);
            JsonNode parts = match.get("scoreParts");
            assertThat(parts.get("needs").asInt() + parts.get("proximity").asInt() + parts.get("ageFit").asInt() + parts.get("load").asInt())
                    .isEqualTo(match.get("score").asInt());
        }
        assertThat(proposals.get(needsCare).get("motherId").asString()).isEqualTo(daily);
        assertThat(proposals.get(needsTutoring).get("motherId").asString()).isEqualTo(tutor);
        assertThat(proposals.get(needsFriends).get("motherId").asString()).isEqualTo(tutor);
        assertThat(proposals).doesNotContainKey(fourth);
        assertThat(proposals.get(needsCare).get("scoreParts").get("needs").asInt()).isEqualTo(400);

        String match = proposals.get(needsCare).get("id").asString();
        Reply confirmed = desk.admin().post("/api/v1/matches/" + match + "/confirmation", "{}").header("If-Match", "\"1\"").send();
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(desk.admin().get("/api/v1/children/" + needsCare).send().json().get("status").asString()).isEqualTo("MATCHED");
        Reply again = desk.admin().post("/api/v1/matches/" + proposals.get(needsTutoring).get("id").asString() + "/rejection",
                "{\"reason\":\"家长希望由同村妈妈结对\"}").header("If-Match", "\"1\"").send();
        assertThat(again.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(desk.admin().post("/api/v1/children/" + needsTutoring + "/match-proposals", "").send().json().findValuesAsString("motherId"))
                .as("a rejected mother is not proposed again").doesNotContain(tutor);

        HttpApi mother = HttpApi.onLocalPort(port).as(TestTokens.user("mother-chen", "CARING_MOTHER", null));
        JsonNode mine = mother.get("/api/v1/children").send().json();
        assertThat(mine.get("totalItems").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("personal").get("name").asString()).isEqualTo("张*雨");
        assertThat(mother.get("/api/v1/children/" + needsTutoring).send().status()).as("a child she is not matched to").isEqualTo(404);
        assertThat(mother.post("/api/v1/children/" + needsTutoring + "/visits", visit(null, "2025-01-01")).send().status()).isEqualTo(404);
        assertThat(mother.post("/api/v1/children/" + needsCare + "/personal-data/reveal", "{\"purpose\":\"看看\"}").send().status())
                .isEqualTo(403);
        JsonNode entrusted = mother.get("/api/v1/caring-mothers/me/matches").send().json();
        assertThat(entrusted.get("items").findValuesAsString("id")).as("her confirmed match, not the proposals staff weighed")
                .containsExactly(match);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.user("mother-lin", "CARING_MOTHER", null))
                .get("/api/v1/caring-mothers/me/matches").send().json().get("totalItems").asLong())
                .as("a mother whose proposals were rejected or are still open").isZero();
        assertThat(mother.get("/api/v1/matches?motherId=" + daily).send().status()).as("the staff's list stays staff's").isEqualTo(403);
        assertThat(mother.get("/api/v1/caring-mothers/me/matches?updatedSince="
                + URLEncoder.encode(OffsetDateTime.now().plusHours(1).toString(), StandardCharsets.UTF_8)).send().json()
                .get("totalItems").asLong()).as("nothing changed after").isZero();
        assertThat(desk.admin().get("/api/v1/matches?childId=" + needsCare + "&updatedSince="
                + URLEncoder.encode(OffsetDateTime.now().minusHours(1).toString(), StandardCharsets.UTF_8)).send().json()
                .get("items").findValuesAsString("id")).as("confirmed since").contains(match);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.user("nobody", "CARING_MOTHER", null))
                .get("/api/v1/caring-mothers/me/matches").send().status()).as("no caring mother record").isEqualTo(404);

        assertThat(TopicReader.first(CareEvents.MATCHES_TOPIC, record -> record.key().equals(match)
                && record.value().contains(CareEvents.MATCH_CONFIRMED), Duration.ofSeconds(20)).value())
                .satisfies(event -> assertThat(EventSchemas.violations(CareEvents.MATCH_CONFIRMED, event)).isEmpty());
        assertThat(TopicReader.first(CareEvents.MATCHES_TOPIC, record -> record.key().equals(match)
                && record.value().contains(CareEvents.MATCH_PROPOSED), Duration.ofSeconds(20)).value())
                .satisfies(event -> assertThat(EventSchemas.violations(CareEvents.MATCH_PROPOSED, event)).isEmpty());
    }

    @Test
    void onlyActiveMothersAreProposedNeitherACertifiedOneNotYetActivatedNorAPausedOne() {
        CareDesk desk = new CareDesk(port, jdbc, "SHITANG");
        String active = desk.activeMother("石秀兰", "[\"DAILY_CARE\"]", 1, null);
        String certified = desk.mother("{\"name\":\"石美玲\"}", "[\"DAILY_CARE\",\"TUTORING\"]", 2, null, "CERTIFIED");
        String paused = desk.mother("{\"name\":\"石月娥\"}", "[\"DAILY_CARE\",\"TUTORING\"]", 2, null, "PAUSED");
        String needs = "{\"dailyCare\":\"HIGH\",\"education\":\"HIGH\",\"social\":\"NONE\"}";
        String first = desk.waitingChild("石小一", 2015, needs, false);
        String second = desk.waitingChild("石小二", 2015, needs, false);
        desk.waitingChild("石小三", 2015, needs, false);
        assertThat(desk.admin().get("/api/v1/caring-mothers/" + paused).send().json().get("status").asString()).isEqualTo("PAUSED");

        assertThat(desk.admin().post("/api/v1/children/" + first + "/match-proposals", "").send().json().findValuesAsString("motherId"))
                .as("the other two cover more of her needs and have more room, but are not active").containsExactly(active);
        Reply run = desk.admin().post("/api/v1/matching-runs", "{\"townCode\":\"SHITANG\"}").send();
        assertThat(run.status()).isEqualTo(201);
        assertThat(run.json().get("childrenWaiting").asInt()).isEqualTo(3);
        assertThat(run.json().get("mothersAvailable").asInt()).isEqualTo(1);
        assertThat(run.json().get("proposals").asInt()).as("five places in all, one of them an active mother's").isEqualTo(1);
        assertThat(desk.admin().get("/api/v1/matches?runId=" + run.json().get("id").asString()).send().json().get("items")
                .findValuesAsString("motherId")).containsExactly(active);

        CareDesk.require(desk.admin().post("/api/v1/caring-mothers/" + paused + "/status-changes", """
                {"status":"ACTIVE","effectiveOn":"%s"}""".formatted(BusinessDates.today()))
                .header("If-Match", desk.etag("/api/v1/caring-mothers/" + paused)).send(), 200);
        assertThat(desk.admin().post("/api/v1/children/" + second + "/match-proposals", "").send().json().findValuesAsString("motherId"))
                .as("active again").contains(paused).doesNotContain(certified);
    }

    @Test
    void visitsAreLoggedOnceEvenWhenSentAgainAndChildrenNotVisitedForTooLongAreListed() {
        CareDesk desk = new CareDesk(port, jdbc, "JIAOJIANG");
        String mother = desk.activeMother("郑桂兰", "[\"DAILY_CARE\",\"TUTORING\"]", 2, "mother-zheng");
        String visited = desk.waitingChild("郑小宝", 2015, "{\"dailyCare\":\"HIGH\",\"education\":\"LOW\",\"social\":\"NONE\"}", false);
        String forgotten = desk.waitingChild("郑小贝", 2016, "{\"dailyCare\":\"LOW\",\"education\":\"HIGH\",\"social\":\"NONE\"}", false);
        confirm(desk, propose(desk, visited, mother), BusinessDates.today().minusDays(60));
        confirm(desk, propose(desk, forgotten, mother), BusinessDates.today().minusDays(45));
        HttpApi asMother = HttpApi.onLocalPort(port).as(TestTokens.user("mother-zheng", "CARING_MOTHER", null));
        String id = UUID.randomUUID().toString();
        Reply smaller = desk.admin().put("/api/v1/caring-mothers/" + mother, """
                {"accountSubject":"mother-zheng","personal":{"name":"郑桂兰"},
                 "profile":{"skills":["DAILY_CARE"],"townCode":"JIAOJIANG","capacity":1,"safeguardingCheckedOn":"%s"}}"""
                .formatted(BusinessDates.today().minusMonths(1))).header("If-Match", desk.etag("/api/v1/caring-mothers/" + mother)).send();
        assertThat(smaller.status()).as("two children already").isEqualTo(409);
        assertThat(smaller.json().get("code").asString()).isEqualTo("CAPACITY_BELOW_LOAD");

        Reply first = asMother.post("/api/v1/children/" + visited + "/visits", visit(id, BusinessDates.today().minusDays(2).toString())).send();
        Reply replay = asMother.post("/api/v1/children/" + visited + "/visits", visit(id, BusinessDates.today().minusDays(2).toString())).send();
        Reply changed = asMother.post("/api/v1/children/" + visited + "/visits", visit(id, BusinessDates.today().minusDays(3).toString())).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("notes").isNull()).as("a write never echoes the notes").isTrue();
        assertThat(asMother.get("/api/v1/children/" + visited + "/visits").send().json().get("items").get(0).get("notes").asString())
                .isEqualTo("一起做作业，情绪稳定");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("id").asString()).isEqualTo(id);
        assertThat(changed.status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from visit where child_id = ?::uuid").param(visited).query(Long.class).single()).isEqualTo(1);
        assertThat(desk.admin().get("/api/v1/children/" + visited).send().json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(EventSchemas.violations(CareEvents.VISIT_LOGGED, TopicReader.first(CareEvents.VISITS_TOPIC,
                record -> record.key().equals(id), Duration.ofSeconds(20)).value())).isEmpty();
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.partnerClient("shiguang-center", "care.read"))
                .get("/api/v1/children/" + visited + "/visits").send().status()).isEqualTo(403);

        JsonNode overdue = desk.admin().get("/api/v1/visits/overdue?townCode=JIAOJIANG").send().json();
        assertThat(overdue.get("totalItems").asLong()).isEqualTo(1);
        assertThat(overdue.get("items").get(0).get("childId").asString()).isEqualTo(forgotten);
        assertThat(overdue.get("items").get(0).get("daysWithoutVisit").asLong()).isEqualTo(45);
        assertThat(desk.admin().get("/api/v1/visits/overdue?townCode=JIAOJIANG&days=50").send().json().get("totalItems").asLong()).isZero();
    }

    @Test
    void aHelperLogsVisitsForTheChildrenOfTheMotherSheSupportsAndAWithdrawalReopensTheChildren() {
        CareDesk desk = new CareDesk(port, jdbc, "WENLING");
        String mother = desk.activeMother("温春燕", "[\"DAILY_CARE\"]", 1, "mother-wen");
        String child = desk.waitingChild("温小乐", 2015, "{\"dailyCare\":\"MEDIUM\",\"education\":\"NONE\",\"social\":\"NONE\"}", false);
        String match = propose(desk, child, mother);
        confirm(desk, match, BusinessDates.today().minusDays(10));
        String helper = CareDesk.created(desk.admin().post("/api/v1/helpers", """
                {"kind":"STUDENT_VOLUNTEER","name":"温同学","accountSubject":"helper-wen","townCode":"WENLING"}""").send());
        CareDesk.require(desk.admin().post("/api/v1/helpers/" + helper + "/attachments", """
                {"motherId":"%s","attachedOn":"%s"}""".formatted(mother, BusinessDates.today().minusDays(5))).send(), 201);
        HttpApi asHelper = HttpApi.onLocalPort(port).as(TestTokens.user("helper-wen", "HELPER", null));

        Reply logged = asHelper.post("/api/v1/children/" + child + "/visits", visit(null, BusinessDates.today().toString())).send();
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("helperId").asString()).isEqualTo(helper);

        Reply withdrawn = desk.admin().post("/api/v1/caring-mothers/" + mother + "/status-changes", """
                {"status":"WITHDRAWN","effectiveOn":"%s","reason":"搬离本市"}""".formatted(BusinessDates.today()))
                .header("If-Match", desk.etag("/api/v1/caring-mothers/" + mother)).send();

        assertThat(withdrawn.status()).isEqualTo(200);
        JsonNode ended = desk.admin().get("/api/v1/matches/" + match).send().json();
        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("endReason").asString()).isEqualTo("MOTHER_WITHDREW");
        assertThat(desk.admin().get("/api/v1/children/" + child).send().json().get("status").asString()).isEqualTo("ASSESSED");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.user("mother-wen", "CARING_MOTHER", null)).get("/api/v1/children/" + child)
                .send().status()).isEqualTo(404);
        assertThat(EventSchemas.violations(CareEvents.MATCH_ENDED, TopicReader.first(CareEvents.MATCHES_TOPIC,
                record -> record.key().equals(match) && record.value().contains(CareEvents.MATCH_ENDED), Duration.ofSeconds(20)).value()))
                .isEmpty();
        JsonNode proposalsAgain = desk.admin().post("/api/v1/children/" + child + "/match-proposals", "").send().json();
        assertThat(proposalsAgain.size()).as("her only mother withdrew").isZero();
    }

    @Test
    void twoConfirmationsAtOnceNeverGiveAMotherMoreChildrenThanHerCapacity() throws Exception {
        CareDesk desk = new CareDesk(port, jdbc, "SANMENWAN");
        String mother = desk.activeMother("湾秀英", "[\"DAILY_CARE\"]", 1, null);
        List<String> matches = new ArrayList<>();
        for (String name : List.of("湾小一", "湾小二", "湾小三", "湾小四")) {
            matches.add(propose(desk, desk.waitingChild(name, 2015, "{\"dailyCare\":\"LOW\",\"education\":\"NONE\",\"social\":\"NONE\"}",
                    false), mother));
        }
        ExecutorService callers = Executors.newFixedThreadPool(matches.size());
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (String match : matches) {
                replies.add(callers.submit(() -> desk.admin().post("/api/v1/matches/" + match + "/confirmation", "{}")
                        .header("If-Match", "\"1\"").send()));
            }
        } finally {
            callers.shutdown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            statuses.add(reply.get().status());
        }

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(jdbc.sql("select count(*) from care_match where mother_id = ?::uuid and status = 'CONFIRMED'").param(mother)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static String register(CareDesk desk, String name, UUID personId) {
        return CareDesk.created(desk.admin().post("/api/v1/caring-mothers", """
                {"personId":"%s","personal":{"name":"%s"},"profile":{"skills":["DAILY_CARE"],"townCode":"%s"},"registeredOn":"2024-03-01"}"""
                .formatted(personId, name, desk.town())).send());
    }

    private static String propose(CareDesk desk, String child, String mother) {
        for (JsonNode proposal : desk.admin().post("/api/v1/children/" + child + "/match-proposals", "").send().json()) {
            if (proposal.get("motherId").asString().equals(mother)) {
                return proposal.get("id").asString();
            }
        }
        throw new IllegalStateException("no proposal of " + mother + " for " + child);
    }

    private static void confirm(CareDesk desk, String match, LocalDate startedOn) {
        CareDesk.require(desk.admin().post("/api/v1/matches/" + match + "/confirmation", "{\"startedOn\":\"%s\"}".formatted(startedOn))
                .header("If-Match", "\"1\"").send(), 200);
    }

    private static String visit(String id, String on) {
        return """
                {"id":%s,"kind":"TUTORING","visitedOn":"%s","durationMinutes":90,"notes":"一起做作业，情绪稳定"}"""
                .formatted(id == null ? "null" : "\"" + id + "\"", on);
    }

    /** training's completion event, as training-service publishes it, checked against its schema. */
    private static void completion(UUID person, String programmeCode, String completedOn) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"training-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":{"id":"%s","courseId":"%s","personId":"%s","programmeCode":%s,
                 "category":"SKILLS","completedOn":"%s","certificateNumber":"YK-TRN-2024-000001"}}"""
                .formatted(UUID.randomUUID(), TrainingEvents.COMPLETION_RECORDED, person, Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
                        person, programmeCode == null ? "null" : "\"" + programmeCode + "\"", completedOn);
        assertThat(EventSchemas.violations(TrainingEvents.COMPLETION_RECORDED, event)).isEmpty();
        EventPublisher.publish(TrainingEvents.COMPLETIONS_TOPIC, person.toString(), event);
    }
}
