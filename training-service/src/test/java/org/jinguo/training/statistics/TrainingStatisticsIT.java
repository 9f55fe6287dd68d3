package org.jinguo.training.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.training.Academy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A year of records in two towns and city-wide, loaded through the API, and the figures they
 * imply. The year is 2021, which no other test of this service uses, so the city-wide figures
 * are this test's alone.
 */
@ServiceIntegrationTest
class TrainingStatisticsIT {

    private static final String YEAR = "from=2021-01-01&to=2021-12-31";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi admin;

    @Test
    void theReportSectionIsComputedFromTheRecordsByPeriodAndTown() {
        admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
        Academy shiqiao = new Academy(port, jdbc, "SHIQIAO");
        Academy xiangzhu = new Academy(port, jdbc, "XIANGZHU");
        UUID city = UUID.randomUUID();
        ReferenceEvents.organization(jdbc, city, "CITY", null, null);

        String baking = shiqiao.course("SKILLS", 1, null);
        String firstNight = heldSession(baking, "2021-01-01T00:10:00+08:00", false, null); // 2020-12-31 in UTC, 2021 locally
        String march = heldSession(baking, "2021-03-05T09:00:00+08:00", false, null);
        heldSession(baking, "2021-09-05T09:00:00+08:00", false, null);
        heldSession(baking, "2022-01-01T00:30:00+08:00", false, null); // 2021 in UTC, 2022 locally
        cancelledSession(baking, "2021-06-05T09:00:00+08:00");
        String xiangzhuBaking = xiangzhu.course("SKILLS", 1, null);
        String xiangzhuSession = heldSession(xiangzhuBaking, "2021-04-10T09:00:00+08:00", false, null);
        String lectures = cityWideCourse(city, "FAMILY_EDUCATION");
        heldSession(lectures, "2021-05-01T19:00:00+08:00", true, 1500);
        heldSession(lectures, "2021-10-01T19:00:00+08:00", false, null);

        String a = trainee(shiqiao, march, "2021-03-05T09:00:00+08:00", "石一", "13957400001");
        String b = trainee(shiqiao, march, "2021-03-05T09:00:00+08:00", "石二", "13957400002");
        String c = trainee(shiqiao, firstNight, "2021-01-01T00:10:00+08:00", "石三", "13957400003");
        String d = trainee(shiqiao, march, "2021-03-05T09:00:00+08:00", "石四", "13957400004");
        String e = trainee(shiqiao, march, "2021-03-05T09:00:00+08:00", "石五", "13957400005");
        String f = trainee(xiangzhu, xiangzhuSession, "2021-04-10T09:00:00+08:00", "项六", "13957400006");
        outcome(a, baking, "2021-04-01", 200_000L, 400_000L);
        outcome(a, baking, "2021-09-01", 200_000L, 500_000L);   // her latest: 3,000 yuan a month more
        outcome(b, baking, "2021-05-01", 150_000L, 250_001L);   // 1,000.01 yuan more
        outcome(c, baking, "2021-07-01", null, 300_000L);        // employed, income before unknown
        outcome(d, baking, "2022-02-01", 100_000L, 900_000L);   // starts after the period
        notEmployed(e, baking);
        outcome(f, xiangzhuBaking, "2021-06-01", 100_000L, 200_000L);

        String mentorHu = mentor("胡导师");
        String mentorLu = mentor("吕导师");
        agreement(mentorHu, "SHIQIAO", "2021-03-01");
        agreement(mentorHu, "XIANGZHU", "2021-07-01");
        agreement(mentorLu, "SHIQIAO", "2020-12-31");
        agreement(mentorLu, null, "2021-08-08");

        competition("SHIQIAO", "2021-10-10", a, b);
        competition(null, "2021-11-11", c);
        competition("SHIQIAO", "2022-03-03", d);

        JsonNode cityWide = admin.get("/api/v1/training-statistics?" + YEAR).send().json();
        JsonNode shiqiaoOnly = admin.get("/api/v1/training-statistics?" + YEAR + "&townCode=SHIQIAO").send().json();

        assertThat(cityWide.get("skillsSessionsHeld").asLong()).isEqualTo(4);
        assertThat(cityWide.get("familyEducationLectures").asLong()).isEqualTo(2);
        assertThat(cityWide.get("onlineViewers").asLong()).isEqualTo(1500);
        assertThat(cityWide.get("womenEmployed").asLong()).isEqualTo(4);
        // 12 × (300,000 + 100,001 + 100,000) / 3 = 2,000,004
        assertThat(cityWide.get("averageYearlyIncomeRiseFen").asLong()).isEqualTo(2_000_004);
        assertThat(cityWide.get("mentors").asLong()).isEqualTo(2);
        assertThat(cityWide.get("mentorAgreements").asLong()).isEqualTo(3);
        assertThat(cityWide.get("competitionContestants").asLong()).isEqualTo(3);
        assertThat(cityWide.get("townCode").isNull()).isTrue();

        assertThat(shiqiaoOnly.get("skillsSessionsHeld").asLong()).isEqualTo(3);
        assertThat(shiqiaoOnly.get("familyEducationLectures").asLong()).as("city-wide lectures count in no town").isZero();
        assertThat(shiqiaoOnly.get("onlineViewers").asLong()).isZero();
        assertThat(shiqiaoOnly.get("womenEmployed").asLong()).isEqualTo(3);
        // 12 × (300,000 + 100,001) / 2 = 2,400,006
        assertThat(shiqiaoOnly.get("averageYearlyIncomeRiseFen").asLong()).isEqualTo(2_400_006);
        assertThat(shiqiaoOnly.get("mentors").asLong()).isEqualTo(1);
        assertThat(shiqiaoOnly.get("mentorAgreements").asLong()).isEqualTo(1);
        assertThat(shiqiaoOnly.get("competitionContestants").asLong()).isEqualTo(2);

        HttpApi townStaff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("SHIQIAO"));
        assertThat(townStaff.get("/api/v1/training-statistics?" + YEAR).send().json().get("womenEmployed").asLong())
                .as("their own town").isEqualTo(3);
        assertThat(townStaff.get("/api/v1/training-statistics?" + YEAR + "&townCode=XIANGZHU").send().status()).isEqualTo(403);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.role("JUDGE", null)).get("/api/v1/training-statistics?" + YEAR).send().status())
                .isEqualTo(403);
        Reply reversed = admin.get("/api/v1/training-statistics?from=2021-12-31&to=2021-01-01").send();
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/training-statistics?from=2021-02-30&to=2021-12-31").send().status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/training-statistics?from=2021-01-01&to=%2B999999999-12-31").send().status()).isEqualTo(400);
        Reply lowerCaseTown = admin.get("/api/v1/training-statistics?" + YEAR + "&townCode=shiqiao").send();
        assertThat(lowerCaseTown.status()).isEqualTo(400);
        assertThat(lowerCaseTown.json().get("errors").get(0).get("field").asString()).isEqualTo("townCode");
        Reply withoutTo = admin.get("/api/v1/training-statistics?from=2021-01-01").send();
        assertThat(withoutTo.status()).isEqualTo(400);
        assertThat(withoutTo.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    @Test
    void documentsItsPeriodAndTownParameters() {
        JsonNode parameters = HttpApi.onLocalPort(port).get("/v3/api-docs").send().json()
                .at("/paths/~1api~1v1~1training-statistics/get/parameters");

        assertThat(parameters.findValuesAsString("name")).startsWith("from", "to", "townCode").contains("Accept-Language");
        assertThat(parameters.get(0).get("required").asBoolean()).isTrue();
        assertThat(parameters.get(0).at("/schema/format").asString()).isEqualTo("date");
        assertThat(parameters.get(2).at("/schema/pattern").asString()).isEqualTo("[A-Z][A-Z_]{0,39}");
    }

    private String heldSession(String course, String startsAt, boolean online, Integer viewers) {
        String session = created(admin.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","online":%s,"place":%s,"capacity":500}"""
                .formatted(startsAt, Academy.moment(java.time.OffsetDateTime.parse(startsAt).plusHours(2)), online, online ? "null" : "\"礼堂\"")));
        admin.post("/api/v1/sessions/" + session + "/opening", "").header("If-Match", "\"1\"").send();
        Reply held = admin.post("/api/v1/sessions/" + session + "/holding", viewers == null ? "{}" : "{\"viewerCount\":" + viewers + "}")
                .header("If-Match", "\"2\"").send();
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        return session;
    }

    private void cancelledSession(String course, String startsAt) {
        String session = created(admin.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","online":false,"place":"礼堂","capacity":50}"""
                .formatted(startsAt, Academy.moment(java.time.OffsetDateTime.parse(startsAt).plusHours(2)))));
        assertThat(admin.post("/api/v1/sessions/" + session + "/cancellation", "").header("If-Match", "\"1\"").send().status())
                .isEqualTo(200);
    }

    private String cityWideCourse(UUID host, String category) {
        return created(admin.post("/api/v1/courses", """
                {"title":"家庭教育巡讲","category":"%s","hostOrganizationId":"%s"}""".formatted(category, host)));
    }

    private String trainee(Academy academy, String session, String startsAt, String name, String phone) {
        String person = academy.person(name, phone);
        academy.attended(session, startsAt, person);
        return person;
    }

    private void outcome(String person, String course, String startedOn, Long beforeFen, Long afterFen) {
        created(admin.post("/api/v1/outcomes", """
                {"personId":"%s","courseId":"%s","employed":true,"workplace":"肉麦饼店","startedOn":"%s",
                 "monthlyIncomeBeforeFen":%s,"monthlyIncomeAfterFen":%s}""".formatted(person, course, startedOn, beforeFen, afterFen)));
    }

    private void notEmployed(String person, String course) {
        created(admin.post("/api/v1/outcomes", """
                {"personId":"%s","courseId":"%s","employed":false}""".formatted(person, course)));
    }

    private String mentor(String name) {
        return created(admin.post("/api/v1/mentors", """
                {"nameZh":"%s","expertise":"肉麦饼制作","joinedOn":"2020-01-01"}""".formatted(name)));
    }

    private void agreement(String mentor, String town, String signedOn) {
        created(admin.post("/api/v1/mentors/" + mentor + "/agreements", """
                {"kind":"PURCHASE_AND_SALE","enterpriseName":"永康肉麦饼有限公司","townCode":%s,"signedOn":"%s"}"""
                .formatted(town == null ? "null" : "\"" + town + "\"", signedOn)));
    }

    private void competition(String town, String heldOn, String... contestants) {
        String competition = created(admin.post("/api/v1/competitions", """
                {"name":"肉麦饼制作技艺大赛","heldOn":"%s","place":"大司巷","townCode":%s,
                 "criteria":[{"code":"TASTE","name":"口味","weight":100}],"judges":[{"subject":"judge-stat","name":"评委"}]}"""
                .formatted(heldOn, town == null ? "null" : "\"" + town + "\"")));
        for (String contestant : contestants) {
            assertThat(admin.post("/api/v1/competitions/" + competition + "/contestants", "{\"personId\":\"%s\"}".formatted(contestant))
                    .send().status()).isEqualTo(201);
        }
    }

    private static String created(HttpApi.Call call) {
        Reply reply = call.send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
