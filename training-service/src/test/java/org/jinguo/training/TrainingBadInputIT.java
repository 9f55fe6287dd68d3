package org.jinguo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.testsupport.BadInputCheck;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class TrainingBadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWriteOperationRefusesMalformedAndHostileBodiesAndChangesNothing() {
        ReferenceEvents.towns(jdbc, "XIXI");
        UUID host = UUID.randomUUID();
        ReferenceEvents.organization(jdbc, host, "TOWN", "XIXI", null);
        String base = "http://127.0.0.1:" + port;
        HttpApi admin = HttpApi.at(base).as(TestTokens.cityAdmin());
        String person = admin.post("/api/v1/people", """
                {"nameZh":"陈桂芳","phone":"13857900041","townCode":"XIXI"}""").send().json().get("id").asString();
        String course = admin.post("/api/v1/courses", """
                {"title":"西溪电商课","category":"SKILLS","hostOrganizationId":"%s","townCode":"XIXI"}""".formatted(host))
                .send().json().get("id").asString();

        var failures = BadInputCheck.against(base, jdbc)
                .pathVariable("id", person)
                .pathVariable("courseId", course)
                .header("If-Match", "\"1\"")
                .header("Authorization", TestTokens.cityAdmin())
                .control("POST", "/api/v1/people", """
                        {"nameZh":"陈桂香","phone":"13857900042","townCode":"XIXI"}""")
                .control("POST", "/api/v1/courses", """
                        {"title":"西溪直播课","category":"ENTREPRENEURSHIP","hostOrganizationId":"%s","townCode":"XIXI"}""".formatted(host))
                .control("POST", "/api/v1/courses/" + course + "/sessions", """
                        {"startsAt":"2024-03-01T09:00:00+08:00","endsAt":"2024-03-01T11:00:00+08:00","online":true,"capacity":100}""")
                .run();

        assertThat(failures).isEmpty();
    }
}
