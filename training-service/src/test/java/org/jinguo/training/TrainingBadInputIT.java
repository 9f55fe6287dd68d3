package org.jinguo.training;

import static org.assertj.core.api.Assertions.assertThat;

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
        String base = "http://127.0.0.1:" + port;
        String person = HttpApi.at(base).as(TestTokens.cityAdmin()).post("/api/v1/people", """
                {"nameZh":"陈桂芳","phone":"13857900041","townCode":"XIXI"}""").send().json().get("id").asString();

        var failures = BadInputCheck.against(base, jdbc)
                .pathVariable("id", person)
                .header("If-Match", "\"1\"")
                .header("Authorization", TestTokens.cityAdmin())
                .control("POST", "/api/v1/people", """
                        {"nameZh":"陈桂香","phone":"13857900042","townCode":"XIXI"}""")
                .run();

        assertThat(failures).isEmpty();
    }
}
