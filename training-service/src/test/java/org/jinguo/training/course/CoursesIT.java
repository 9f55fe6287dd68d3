package org.jinguo.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class CoursesIT {

    private static final UUID GUSHAN_FEDERATION = UUID.randomUUID();
    private static final UUID CITY_FEDERATION = UUID.randomUUID();
    private static final UUID DISSOLVED = UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void organisationsAreKnown() {
        ReferenceEvents.towns(jdbc, "GUSHAN", "QIANCANG");
        ReferenceEvents.organization(jdbc, GUSHAN_FEDERATION, "TOWN", "GUSHAN", null);
        ReferenceEvents.organization(jdbc, CITY_FEDERATION, "CITY", null, null);
        ReferenceEvents.organization(jdbc, DISSOLVED, "UNIT", "GUSHAN", "2023-01-01");
    }

    @Test
    void plansCoursesHostedByKnownLiveOrganisationsOfTheirTown() {
        HttpApi academy = HttpApi.onLocalPort(port).as(TestTokens.role("ACADEMY_STAFF", null));

        Reply artisans = academy.post("/api/v1/courses", """
                {"title":"五金工艺入门","series":"永康女匠","category":"SKILLS","hostOrganizationId":"%s","townCode":"GUSHAN"}"""
                .formatted(GUSHAN_FEDERATION)).send();
        Reply mothers = academy.post("/api/v1/courses", """
                {"title":"爱心妈妈培训","category":"FAMILY_EDUCATION","programmeCode":"CARING_MOTHER","hostOrganizationId":"%s"}"""
                .formatted(CITY_FEDERATION)).send();
        Reply otherTown = academy.post("/api/v1/courses", """
                {"title":"错镇课程","category":"SKILLS","hostOrganizationId":"%s","townCode":"QIANCANG"}""".formatted(GUSHAN_FEDERATION)).send();
        Reply dissolvedHost = academy.post("/api/v1/courses", """
                {"title":"已撤销主办","category":"SKILLS","hostOrganizationId":"%s","townCode":"GUSHAN"}""".formatted(DISSOLVED)).send();

        assertThat(artisans.status()).as(artisans.body()).isEqualTo(201);
        assertThat(mothers.status()).as(mothers.body()).isEqualTo(201);
        assertThat(otherTown.status()).isEqualTo(400);
        assertThat(otherTown.json().get("errors").get(0).get("code").asString()).isEqualTo("HOST_IN_OTHER_TOWN");
        assertThat(dissolvedHost.json().get("errors").get(0).get("field").asString()).isEqualTo("hostOrganizationId");

        HttpApi resident = HttpApi.onLocalPort(port).as(TestTokens.role("RESIDENT", null));
        assertThat(resident.get("/api/v1/courses?programmeCode=CARING_MOTHER").send().json().get("items").findValuesAsString("title"))
                .containsExactly("爱心妈妈培训");
        assertThat(resident.get("/api/v1/courses?series=永康女匠&category=SKILLS").send().json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(resident.post("/api/v1/courses", """
                {"title":"x","category":"SKILLS","hostOrganizationId":"%s"}""".formatted(CITY_FEDERATION)).send().status()).isEqualTo(403);
    }

    @Test
    void townStaffPlanAndChangeTheirOwnTownsCoursesOnly() {
        HttpApi gushan = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN"));
        HttpApi qiancang = HttpApi.onLocalPort(port).as(TestTokens.townStaff("QIANCANG"));

        Reply planned = gushan.post("/api/v1/courses", """
                {"title":"古山电商直播课","category":"ENTREPRENEURSHIP","hostOrganizationId":"%s","townCode":"GUSHAN"}"""
                .formatted(GUSHAN_FEDERATION)).send();
        Reply cityWide = gushan.post("/api/v1/courses", """
                {"title":"全市课程","category":"CADRE","hostOrganizationId":"%s"}""".formatted(CITY_FEDERATION)).send();
        String id = planned.json().get("id").asString();
        Reply changedElsewhere = qiancang.put("/api/v1/courses/" + id, """
                {"title":"改名","category":"ENTREPRENEURSHIP","hostOrganizationId":"%s","townCode":"GUSHAN"}"""
                .formatted(GUSHAN_FEDERATION)).header("If-Match", "\"1\"").send();
        Reply changed = gushan.put("/api/v1/courses/" + id, """
                {"title":"古山电商直播课（进阶）","category":"ENTREPRENEURSHIP","hostOrganizationId":"%s","townCode":"GUSHAN"}"""
                .formatted(GUSHAN_FEDERATION)).header("If-Match", "\"1\"").send();

        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(cityWide.status()).isEqualTo(403);
        assertThat(changedElsewhere.status()).isEqualTo(403);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(HttpApi.onLocalPort(port).get("/api/v1/labels/training").send().body()).contains("家庭教育");
    }
}
