package org.jinguo.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.BadInputCheck;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class CommerceBadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWriteOperationRefusesMalformedAndHostileBodiesAndChangesNothing() {
        ReferenceEvents.towns(jdbc, "TANGXIAN");
        String base = "http://127.0.0.1:" + port;
        HttpApi admin = HttpApi.at(base).as(TestTokens.cityAdmin());
        String workshop = admin.post("/api/v1/workshops", """
                {"nameZh":"唐先工坊","kind":"WORKSHOP","townCode":"TANGXIAN","openedOn":"2023-01-01"}""").send().json().get("id").asString();
        String market = admin.post("/api/v1/market-events", """
                {"kind":"MARKET","name":"唐先市集","heldOn":"2024-05-01","place":"广场","townCode":"TANGXIAN"}""").send().json().get("id")
                .asString();
        String stall = admin.post("/api/v1/market-events/" + market + "/stalls", "{\"vendorName\":\"摊主\"}").send().json().get("id")
                .asString();

        var failures = BadInputCheck.against(base, jdbc)
                .pathVariable("id", workshop)
                .pathVariable("workshopId", workshop)
                .pathVariable("stallId", stall)
                .header("If-Match", "\"1\"")
                .header("Authorization", TestTokens.cityAdmin())
                .control("POST", "/api/v1/workshops", """
                        {"nameZh":"唐先二号工坊","kind":"PROCESSING_POINT","townCode":"TANGXIAN","openedOn":"2023-02-01"}""")
                .control("POST", "/api/v1/market-events", """
                        {"kind":"EXPO","name":"农博会","heldOn":"2024-11-01","place":"会展中心"}""")
                .control("POST", "/api/v1/workers", """
                        {"nameZh":"唐阿姨","phone":"13957700001","townCode":"TANGXIAN"}""")
                .control("POST", "/api/v1/brands", """
                        {"nameZh":"唐先好味"}""")
                .control("POST", "/api/v1/products", """
                        {"nameZh":"唐先米糕","townCode":"TANGXIAN"}""")
                .control("POST", "/api/v1/livestream-accounts", """
                        {"platform":"TAOBAO","accountName":"唐先好物","ownerWorkshopId":"%s"}""".formatted(workshop))
                .run();

        assertThat(failures).isEmpty();
    }
}
