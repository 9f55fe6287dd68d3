package org.jinguo.care.mother;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

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

/** Caring mothers' records through the REST API: registered, changed, taken through their statuses, revealed with a purpose. */
@ServiceIntegrationTest
class MotherIT {

    private static final LocalDate TODAY = BusinessDates.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMotherIsRegisteredMaskedFoundByPhoneChangedWithHerVersionAndSeesHerOwnRecordInClear() {
        CareDesk desk = new CareDesk(port, jdbc, "HONGJIA");
        String idNumber = CareDesk.idNumber(LocalDate.of(1978, 9, 9), 81);

        Reply registered = desk.admin().post("/api/v1/caring-mothers", """
                {"accountSubject":"mother-hongjia","personal":{"name":"洪美玲","phone":"13857961111","idNumber":"%s","address":"洪家街道1号"},
                 "profile":{"skills":["TUTORING","DAILY_CARE","TUTORING"],"townCode":"HONGJIA","latitude":28.123456,"longitude":121.4567,
                            "capacity":2,"availability":["WEEKEND"],"preferredAgeMin":6,"preferredAgeMax":12},"registeredOn":"2024-02-01"}"""
                .formatted(idNumber)).send();

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("ETag")).isEqualTo("\"1\"");
        String mother = registered.json().get("id").asString();
        JsonNode shown = desk.admin().get("/api/v1/caring-mothers/" + mother).send().json();
        assertThat(shown.get("status").asString()).isEqualTo("APPLICANT");
        assertThat(shown.get("statusEffectiveOn").asString()).isEqualTo("2024-02-01");
        assertThat(shown.get("personal").get("name").asString()).isEqualTo("洪*玲");
        assertThat(shown.get("personal").get("phone").asString()).isEqualTo("138****1111");
        assertThat(shown.get("personal").get("address").asString()).isEqualTo("***");
        assertThat(shown.get("profile").get("skills").toString()).as("once each, in order").isEqualTo("[\"DAILY_CARE\",\"TUTORING\"]");
        assertThat(shown.get("profile").get("latitude").decimalValue()).as("about a kilometre").isEqualByComparingTo("28.12");
        assertThat(shown.get("profile").get("longitude").decimalValue()).isEqualByComparingTo("121.46");
        assertThat(registered.body() + shown).doesNotContain("洪美玲", "13857961111", idNumber, "洪家街道");
        assertThat(desk.admin().get("/api/v1/caring-mothers?townCode=HONGJIA&status=APPLICANT&skill=TUTORING&phone=13857961111").send().json()
                .get("items").findValuesAsString("id")).containsExactly(mother);
        assertThat(desk.admin().get("/api/v1/caring-mothers?townCode=HONGJIA&phone=13857962222").send().json().get("totalItems").asLong()).isZero();

        Reply listed = desk.admin().get("/api/v1/caring-mothers?townCode=HONGJIA").send();
        assertThat(listed.header("ETag")).as("a weak ETag of the page").startsWith("W/");
        assertThat(desk.admin().get("/api/v1/caring-mothers?townCode=HONGJIA").header("If-None-Match", listed.header("ETag")).send().status())
                .as("nothing changed since").isEqualTo(304);
        String beforeTheChange = sinceParameter(OffsetDateTime.now().minusSeconds(1));

        Reply revised = desk.admin().put("/api/v1/caring-mothers/" + mother, """
                {"accountSubject":"mother-hongjia","personal":{"name":"洪美玲","phone":"13857961112","idNumber":"%s"},
                 "profile":{"skills":["TUTORING"],"townCode":"HONGJIA","capacity":3}}""".formatted(idNumber)).header("If-Match", "\"1\"").send();
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.json().get("profile").get("capacity").asInt()).isEqualTo(3);
        assertThat(desk.admin().get("/api/v1/caring-mothers?townCode=HONGJIA&updatedSince=" + beforeTheChange).send().json()
                .get("items").findValuesAsString("id")).as("changed since").containsExactly(mother);
        assertThat(desk.admin().get("/api/v1/caring-mothers?townCode=HONGJIA&updatedSince=" + sinceParameter(OffsetDateTime.now().plusHours(1)))
                .send().json().get("totalItems").asLong()).as("nothing changed after").isZero();
        assertThat(desk.admin().get("/api/v1/caring-mothers?townCode=HONGJIA").header("If-None-Match", listed.header("ETag")).send().status())
                .as("the page changed").isEqualTo(200);
        assertThat(CareDesk.problem(desk.admin().put("/api/v1/caring-mothers/" + mother, """
                {"personal":{"name":"洪美玲"},"profile":{"skills":["TUTORING"],"townCode":"HONGJIA","capacity":1}}""")
                .header("If-Match", "\"1\"").send(), 412)).as("a change made on a stale read").isEqualTo("PRECONDITION_FAILED");

        Reply profileOnly = desk.admin().put("/api/v1/caring-mothers/" + mother, """
                {"accountSubject":"mother-hongjia","profile":{"skills":["TUTORING"],"townCode":"HONGJIA","capacity":2}}""")
                .header("If-Match", "\"2\"").send();
        assertThat(profileOnly.status()).as(profileOnly.body()).isEqualTo(200);
        assertThat(profileOnly.json().get("profile").get("capacity").asInt()).isEqualTo(2);
        assertThat(profileOnly.json().get("personal").get("phone").asString()).as("kept without being sent").isEqualTo("138****1112");

        JsonNode own = desk.as(TestTokens.user("mother-hongjia", "CARING_MOTHER", null)).get("/api/v1/caring-mothers/me").send().json();
        assertThat(own.get("id").asString()).isEqualTo(mother);
        assertThat(own.get("personal").get("phone").asString()).as("her own record, in clear").isEqualTo("13857961112");

        Reply revealed = desk.as(TestTokens.user("staff-hong", "CARE_STAFF", null)).post("/api/v1/caring-mothers/" + mother
                + "/personal-data/reveal", "{\"purpose\":\"电话通知结对安排\"}").send();
        assertThat(revealed.header("Cache-Control")).contains("no-store");
        assertThat(revealed.json().get("idNumber").asString()).isEqualTo(idNumber);
        JsonNode log = desk.admin().get("/api/v1/personal-data-accesses?recordId=" + mother).send().json();
        assertThat(log.get("items").get(0).get("subject").asString()).isEqualTo("staff-hong");
        assertThat(log.get("items").get(0).get("purpose").asString()).isEqualTo("电话通知结对安排");

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/caring-mothers", """
                {"personal":{"name":"洪美","idNumber":"%s"},"profile":{"skills":["TUTORING"],"townCode":"HONGJIA"}}""".formatted(idNumber)).send(),
                409)).as("one record per woman").isEqualTo("MOTHER_ALREADY_REGISTERED");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/caring-mothers", """
                {"accountSubject":"mother-hongjia","personal":{"name":"洪美"},"profile":{"skills":["TUTORING"],"townCode":"HONGJIA"}}""").send(),
                409)).isEqualTo("ACCOUNT_TAKEN");
    }

    @Test
    void aMotherPausesResumesAndOnWithdrawingEndsHerMatchWhichIsAnnouncedWithoutPersonalData() {
        CareDesk desk = new CareDesk(port, jdbc, "LONGXI");
        String mother = desk.activeMother("龙秀华", "[\"DAILY_CARE\"]", 1, "mother-longxi");
        String child = desk.waitingChild("龙小溪", 2015, "{\"dailyCare\":\"HIGH\",\"education\":\"NONE\",\"social\":\"NONE\"}", false);
        String match = desk.confirmedMatch(child, mother, TODAY.minusDays(7));

        assertThat(status(desk, mother, "PAUSED", TODAY.minusDays(3)).json().get("status").asString()).isEqualTo("PAUSED");
        assertThat(status(desk, mother, "ACTIVE", TODAY.minusDays(1)).json().get("status").asString()).isEqualTo("ACTIVE");
        Reply withdrawn = status(desk, mother, "WITHDRAWN", TODAY);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("statusEffectiveOn").asString()).isEqualTo(TODAY.toString());
        JsonNode history = desk.admin().get("/api/v1/caring-mothers/" + mother + "/status-changes").send().json();
        assertThat(history.findValuesAsString("status")).containsExactly("APPLICANT", "CERTIFIED", "ACTIVE", "PAUSED", "ACTIVE", "WITHDRAWN");
        assertThat(history.get(5).get("reason").asString()).isEqualTo("不再参加");
        JsonNode ended = desk.admin().get("/api/v1/matches/" + match).send().json();
        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("endReason").asString()).isEqualTo("MOTHER_WITHDREW");
        assertThat(desk.admin().get("/api/v1/children/" + child).send().json().get("status").asString()).as("waiting again").isEqualTo("ASSESSED");
        ConsumerRecord<String, String> event = TopicReader.first(CareEvents.MATCHES_TOPIC,
                record -> record.key().equals(match) && record.value().contains(CareEvents.MATCH_ENDED), Duration.ofSeconds(20));
        assertThat(EventSchemas.violations(CareEvents.MATCH_ENDED, event.value())).isEmpty();
        assertThat(event.value()).contains("MOTHER_WITHDREW").doesNotContain("龙秀华", "龙小溪", "mother-longxi", "不再参加");

        assertThat(CareDesk.problem(status(desk, mother, "ACTIVE", TODAY), 409)).as("withdrawal is final").isEqualTo("MOTHER_STATUS_CHANGE");
        assertThat(CareDesk.problem(desk.admin().put("/api/v1/caring-mothers/" + mother, """
                {"personal":{"name":"龙秀华"},"profile":{"skills":["DAILY_CARE"],"townCode":"LONGXI"}}""").header("If-Match", desk.etag("/api/v1/caring-mothers/" + mother)).send(), 409))
                .isEqualTo("MOTHER_WITHDRAWN");
    }

    @Test
    void mothersAreKeptByStaffOfTheirTownRevealedByCityStaffAndCertifiedByHandOnlyByTheCityAdmin() {
        CareDesk desk = new CareDesk(port, jdbc, "XIACHEN");
        new CareDesk(port, jdbc, "QIANSUO");
        HttpApi ours = desk.as(TestTokens.townStaff("XIACHEN"));
        HttpApi theirs = desk.as(TestTokens.townStaff("QIANSUO"));
        String mother = CareDesk.created(ours.post("/api/v1/caring-mothers", """
                {"accountSubject":"mother-xiachen","personal":{"name":"夏秋菊"},"profile":{"skills":["HEALTH_CARE"],"townCode":"XIACHEN",
                 "safeguardingCheckedOn":"%s"}}""".formatted(TODAY.minusDays(10))).send());
        long changes = desk.rows("caring_mother_status_change");

        assertThat(desk.as(null).get("/api/v1/caring-mothers/" + mother).send().status()).isEqualTo(401);
        assertThat(desk.as(null).get("/api/v1/caring-mothers/me").send().status()).isEqualTo(401);
        for (String token : new String[] {TestTokens.user("mother-xiachen", "CARING_MOTHER", null), TestTokens.user("helper-xiachen", "HELPER", null),
                TestTokens.role("ACADEMY_STAFF", null), TestTokens.partnerClient("shiguang-center", "care.read", "care.write")}) {
            assertThat(desk.as(token).get("/api/v1/caring-mothers/" + mother).send().status()).isEqualTo(403);
            assertThat(desk.as(token).get("/api/v1/caring-mothers").send().status()).isEqualTo(403);
        }
        assertThat(desk.admin().get("/api/v1/caring-mothers/me").send().status()).as("a caring mother's own page").isEqualTo(403);
        assertThat(CareDesk.problem(desk.as(TestTokens.user("mother-unknown", "CARING_MOTHER", null)).get("/api/v1/caring-mothers/me").send(),
                404)).isEqualTo("NO_MOTHER_RECORD");
        assertThat(ours.post("/api/v1/caring-mothers/" + mother + "/personal-data/reveal", "{\"purpose\":\"核对联系方式\"}").send().status())
                .as("revealing is city staff's").isEqualTo(403);
        assertThat(CareDesk.problem(desk.as(TestTokens.role("CARE_STAFF", null)).post("/api/v1/caring-mothers/" + mother + "/status-changes",
                "{\"status\":\"CERTIFIED\",\"effectiveOn\":\"%s\"}".formatted(TODAY)).header("If-Match", "\"1\"").send(), 403))
                .isEqualTo("CERTIFIED_BY_TRAINING");

        assertThat(ours.get("/api/v1/caring-mothers/" + mother).send().status()).isEqualTo(200);
        assertThat(CareDesk.problem(theirs.get("/api/v1/caring-mothers/" + mother).send(), 404)).isEqualTo("MOTHER_NOT_FOUND");
        assertThat(theirs.get("/api/v1/caring-mothers/" + mother + "/status-changes").send().status()).isEqualTo(404);
        assertThat(theirs.post("/api/v1/caring-mothers/" + mother + "/status-changes", "{\"status\":\"WITHDRAWN\",\"effectiveOn\":\"%s\"}"
                .formatted(TODAY)).header("If-Match", "\"1\"").send().status()).isEqualTo(404);
        assertThat(theirs.put("/api/v1/caring-mothers/" + mother, """
                {"personal":{"name":"夏秋菊"},"profile":{"skills":["HEALTH_CARE"],"townCode":"QIANSUO"}}""").header("If-Match", "\"1\"").send()
                .status()).isEqualTo(404);
        assertThat(CareDesk.problem(theirs.get("/api/v1/caring-mothers?townCode=XIACHEN").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(CareDesk.problem(theirs.post("/api/v1/caring-mothers", """
                {"personal":{"name":"钱某"},"profile":{"skills":["HEALTH_CARE"],"townCode":"XIACHEN"}}""").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(CareDesk.problem(ours.put("/api/v1/caring-mothers/" + mother, """
                {"personal":{"name":"夏秋菊"},"profile":{"skills":["HEALTH_CARE"],"townCode":"QIANSUO"}}""").header("If-Match", "\"1\"").send(), 403))
                .as("moved to a town they do not act in").isEqualTo("OTHER_TOWN");

        assertThat(desk.rows("caring_mother_status_change")).isEqualTo(changes);
        Reply unchanged = desk.admin().get("/api/v1/caring-mothers/" + mother).send();
        assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
        assertThat(unchanged.json().get("status").asString()).isEqualTo("APPLICANT");
    }

    @Test
    void aBadRegistrationOrStatusChangeIsRefusedAndChangesNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "SHANGZHENG");
        String mother = desk.mother("{\"name\":\"尚春梅\"}", "[\"DAILY_CARE\"]", 1, null, "CERTIFIED");
        long mothers = desk.rows("caring_mother");
        long changes = desk.rows("caring_mother_status_change");

        assertThat(CareDesk.problem(register(desk, "{\"name\":\"尚某\"}", "{\"skills\":[\"DAILY_CARE\"],\"townCode\":\"SHANGZHENG\",\"capacity\":11}"),
                400)).isEqualTo("profile.capacity Max");
        assertThat(CareDesk.problem(register(desk, "{\"name\":\"尚某\"}", "{\"skills\":[],\"townCode\":\"SHANGZHENG\"}"), 400))
                .startsWith("profile.skills ");
        assertThat(CareDesk.problem(register(desk, "{\"name\":\"尚某\"}", "{\"skills\":[\"DAILY_CARE\"],\"townCode\":\"SHANGZHENG\",\"latitude\":28.1}"),
                400)).isEqualTo("latitude COORDINATES_IN_PAIRS");
        assertThat(CareDesk.problem(register(desk, "{\"name\":\"尚某\"}",
                "{\"skills\":[\"DAILY_CARE\"],\"townCode\":\"SHANGZHENG\",\"preferredAgeMin\":12,\"preferredAgeMax\":6}"), 400))
                .isEqualTo("preferredAgeMax MAX_BELOW_MIN");
        assertThat(CareDesk.problem(register(desk, "{\"name\":\"尚某\",\"idNumber\":\"331082197809090000\"}",
                "{\"skills\":[\"DAILY_CARE\"],\"townCode\":\"SHANGZHENG\"}"), 400)).isEqualTo("personal.idNumber INVALID_ID_NUMBER");
        assertThat(CareDesk.problem(register(desk, "{\"name\":\"尚某\"}", "{\"skills\":[\"DAILY_CARE\"],\"townCode\":\"NOWHERE\"}"), 400))
                .isEqualTo("profile.townCode UNKNOWN_TOWN");
        for (var language : java.util.Map.of("en", "must be a mainland mobile number", "zh-CN", "须为大陆手机号码").entrySet()) {
            JsonNode malformed = desk.admin().post("/api/v1/caring-mothers", """
                    {"personal":{"name":"尚某","phone":"12345"},"profile":{"skills":["DAILY_CARE"],"townCode":"SHANGZHENG"}}""")
                    .header("Accept-Language", language.getKey()).send().json().get("errors").get(0);
            assertThat(malformed.get("code").asString()).isEqualTo("MobilePhoneNumber");
            assertThat(malformed.get("message").asString()).as("said in words, not as a pattern").startsWith(language.getValue())
                    .doesNotContain("[0-9]");
        }
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/caring-mothers", """
                {"personal":{"name":"尚某"},"profile":{"skills":["DAILY_CARE"],"townCode":"SHANGZHENG"},"registeredOn":"%s"}"""
                .formatted(TODAY.plusDays(1))).send(), 400)).isEqualTo("registeredOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(status(desk, mother, "ACTIVE", LocalDate.of(2023, 5, 31)), 400)).as("certified on 1 June 2023")
                .isEqualTo("effectiveOn BEFORE_CURRENT_STATUS");
        assertThat(CareDesk.problem(status(desk, mother, "ACTIVE", TODAY.plusDays(1)), 400)).isEqualTo("effectiveOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(status(desk, mother, "PAUSED", TODAY), 409)).as("not active yet").isEqualTo("MOTHER_STATUS_CHANGE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/caring-mothers/" + mother + "/personal-data/reveal", "{\"purpose\":\"看\"}").send(),
                400)).startsWith("purpose ");

        assertThat(desk.rows("caring_mother")).isEqualTo(mothers);
        assertThat(desk.rows("caring_mother_status_change")).isEqualTo(changes);
        Reply unchanged = desk.admin().get("/api/v1/caring-mothers/" + mother).send();
        assertThat(unchanged.header("ETag")).isEqualTo("\"2\"");
        assertThat(unchanged.json().get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(desk.admin().get("/api/v1/personal-data-accesses?recordId=" + mother).send().json().get("totalItems").asLong()).isZero();
    }

    private static Reply register(CareDesk desk, String personal, String profile) {
        return desk.admin().post("/api/v1/caring-mothers", "{\"personal\":%s,\"profile\":%s}".formatted(personal, profile)).send();
    }

    private static Reply status(CareDesk desk, String mother, String status, LocalDate on) {
        return desk.admin().post("/api/v1/caring-mothers/" + mother + "/status-changes", """
                {"status":"%s","effectiveOn":"%s","reason":"不再参加"}""".formatted(status, on))
                .header("If-Match", desk.etag("/api/v1/caring-mothers/" + mother)).send();
    }

    private static String sinceParameter(OffsetDateTime moment) {
        return URLEncoder.encode(moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), StandardCharsets.UTF_8);
    }
}
