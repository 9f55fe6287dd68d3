package org.jinguo.training.session;

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
class SessionsIT {

    private static final UUID LONGSHAN_FEDERATION = UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    String course;

    @BeforeEach
    void aCourseInLongshan() {
        ReferenceEvents.towns(jdbc, "LONGSHAN");
        ReferenceEvents.organization(jdbc, LONGSHAN_FEDERATION, "TOWN", "LONGSHAN", null);
        course = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin()).post("/api/v1/courses", """
                {"title":"家庭教育讲座","category":"FAMILY_EDUCATION","hostOrganizationId":"%s","townCode":"LONGSHAN"}"""
                .formatted(LONGSHAN_FEDERATION)).send().json().get("id").asString();
    }

    @Test
    void aPastOnlineSessionIsPlannedAndRecordedAsHeldWithItsViewers() {
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("LONGSHAN"));

        Reply planned = staff.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"2023-05-10T09:00:00+08:00","endsAt":"2023-05-10T11:00:00+08:00","online":true,"capacity":500,
                 "trainer":"胡老师"}""").send();
        String id = planned.json().get("id").asString();
        Reply held = staff.post("/api/v1/sessions/" + id + "/holding", """
                {"viewerCount":320}""").header("If-Match", "\"1\"").send();
        Reply cancelAfter = staff.post("/api/v1/sessions/" + id + "/cancellation", "").header("If-Match", "\"2\"").send();

        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("viewerCount").asInt()).isEqualTo(320);
        assertThat(cancelAfter.status()).isEqualTo(409);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.role("RESIDENT", null)).get("/api/v1/courses/" + course + "/sessions")
                .send().json().get("items").findValuesAsString("status")).containsExactly("HELD");
    }

    @Test
    void aFutureSessionOpensButCannotBeHeldYetAndOtherTownsStaffCannotTouchIt() {
        HttpApi academy = HttpApi.onLocalPort(port).as(TestTokens.role("ACADEMY_STAFF", null));
        String id = academy.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"2099-06-01T09:00:00+08:00","endsAt":"2099-06-01T11:00:00+08:00","online":false,
                 "place":"龙山镇文化礼堂","capacity":40}""").send().json().get("id").asString();

        Reply opened = academy.post("/api/v1/sessions/" + id + "/opening", "").header("If-Match", "\"1\"").send();
        Reply heldEarly = academy.post("/api/v1/sessions/" + id + "/holding", "{}").header("If-Match", "\"2\"").send();
        Reply otherTown = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN"))
                .post("/api/v1/sessions/" + id + "/cancellation", "").header("If-Match", "\"2\"").send();
        Reply noPlace = academy.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"2099-06-02T09:00:00+08:00","endsAt":"2099-06-02T11:00:00+08:00","online":false,"capacity":40}""").send();

        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(heldEarly.status()).isEqualTo(409);
        assertThat(heldEarly.json().get("code").asString()).isEqualTo("SESSION_NOT_STARTED");
        assertThat(otherTown.status()).isEqualTo(403);
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.json().get("errors").get(0).get("field").asString()).isEqualTo("place");
    }
}
