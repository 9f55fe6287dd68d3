package org.jinguo.training.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class MentorsAndEntrepreneursIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMentorsAgreementWithAVillageTakesItsTownAndEndsWhenTerminated() {
        ReferenceEvents.towns(jdbc, "JIANGNAN");
        UUID village = UUID.randomUUID();
        ReferenceEvents.village(jdbc, village, "JIANGNAN");
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("JIANGNAN"));
        String mentor = staff.post("/api/v1/mentors", """
                {"nameZh":"应导师","expertise":"品牌策划","townCode":"JIANGNAN","joinedOn":"2022-03-01"}""").send().json().get("id")
                .asString();

        Reply signed = staff.post("/api/v1/mentors/" + mentor + "/agreements", """
                {"kind":"BRAND_SHARING","villageId":"%s","signedOn":"2022-04-01","endsOn":"2099-03-31"}""".formatted(village)).send();
        Reply both = staff.post("/api/v1/mentors/" + mentor + "/agreements", """
                {"kind":"BRAND_SHARING","villageId":"%s","enterpriseName":"某公司","signedOn":"2022-04-01"}""".formatted(village)).send();
        Reply unknownVillage = staff.post("/api/v1/mentors/" + mentor + "/agreements", """
                {"kind":"PLAN_DESIGN","villageId":"%s","signedOn":"2022-04-01"}""".formatted(UUID.randomUUID())).send();
        Reply elsewhere = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN")).post("/api/v1/mentors/" + mentor + "/agreements", """
                {"kind":"PLAN_DESIGN","villageId":"%s","signedOn":"2022-04-01"}""".formatted(village)).send();

        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(signed.json().get("townCode").asString()).isEqualTo("JIANGNAN");
        assertThat(signed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(both.status()).isEqualTo(400);
        assertThat(unknownVillage.status()).isEqualTo(400);
        assertThat(elsewhere.status()).isEqualTo(403);

        String agreement = signed.json().get("id").asString();
        Reply early = staff.post("/api/v1/agreements/" + agreement + "/termination", "{\"terminatedOn\":\"2022-03-01\"}")
                .header("If-Match", "\"1\"").send();
        Reply terminated = staff.post("/api/v1/agreements/" + agreement + "/termination", "{\"terminatedOn\":\"2023-01-01\"}")
                .header("If-Match", "\"1\"").send();

        assertThat(early.json().get("code").asString()).isEqualTo("TERMINATED_BEFORE_SIGNED");
        assertThat(terminated.json().get("status").asString()).isEqualTo("TERMINATED");
        assertThat(staff.get("/api/v1/agreements?mentorId=" + mentor).send().json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aMemberOfTheAssociationIsRecommendedToAContestAndItsResultRecorded() {
        ReferenceEvents.towns(jdbc, "JIANGNAN");
        HttpApi academy = HttpApi.onLocalPort(port).as(TestTokens.role("ACADEMY_STAFF", null));
        Reply admitted = academy.post("/api/v1/entrepreneurs", """
                {"nameZh":"胡创业","enterprise":"永康五金制品厂","industry":"五金","townCode":"JIANGNAN","memberSince":"2021-06-01",
                 "secondGeneration":true}""").send();
        String member = admitted.json().get("id").asString();

        Reply recommended = academy.post("/api/v1/entrepreneurs/" + member + "/recommendations", """
                {"contest":"长三角妇女创新创业大赛","level":"YANGTZE_DELTA","recommendedOn":"2023-05-01"}""").send();
        Reply beforeMembership = academy.post("/api/v1/entrepreneurs/" + member + "/recommendations", """
                {"contest":"金华新女农项目大赛","level":"JINHUA","recommendedOn":"2020-05-01"}""").send();
        String recommendation = recommended.json().get("id").asString();
        Reply pending = academy.put("/api/v1/recommendations/" + recommendation + "/result", """
                {"result":"PENDING","decidedOn":"2023-09-01"}""").header("If-Match", "\"1\"").send();
        Reply awarded = academy.put("/api/v1/recommendations/" + recommendation + "/result", """
                {"result":"AWARDED","award":"优秀奖","decidedOn":"2023-09-01"}""").header("If-Match", "\"1\"").send();

        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
        assertThat(recommended.json().get("result").asString()).isEqualTo("PENDING");
        assertThat(beforeMembership.status()).isEqualTo(400);
        assertThat(pending.status()).isEqualTo(409);
        assertThat(awarded.json().get("award").asString()).isEqualTo("优秀奖");
        assertThat(academy.get("/api/v1/entrepreneurs?secondGeneration=true&townCode=JIANGNAN").send().json().get("totalItems").asInt())
                .isEqualTo(1);
        assertThat(academy.get("/api/v1/entrepreneurs/" + member + "/recommendations").send().json().get(0).get("result").asString())
                .isEqualTo("AWARDED");
    }
}
