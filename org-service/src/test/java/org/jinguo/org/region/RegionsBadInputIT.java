package org.jinguo.org.region;

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
class RegionsBadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWriteOperationRefusesMalformedAndHostileBodiesAndChangesNothing() {
        String base = "http://127.0.0.1:" + port;
        String villageId = HttpApi.at(base).as(TestTokens.cityAdmin()).post("/api/v1/regions/towns/XIANGZHU/villages", """
                {"kind":"VILLAGE","nameZh":"象珠村"}""").send().json().get("id").asString();

        var failures = BadInputCheck.against(base, jdbc)
                .pathVariable("code", "XIANGZHU")
                .pathVariable("id", villageId)
                .header("If-Match", "\"1\"")
                .header("Authorization", TestTokens.cityAdmin())
                .control("PUT", "/api/v1/regions/towns/XIANGZHU", """
                        {"nameZh":"象珠镇","nameEn":"Xiangzhu Town","neighborTownCodes":["HUAJIE"]}""")
                .control("POST", "/api/v1/regions/towns/XIANGZHU/villages", """
                        {"kind":"COMMUNITY","nameZh":"象珠社区"}""")
                .control("PUT", "/api/v1/regions/villages/" + villageId, """
                        {"kind":"VILLAGE","nameZh":"象珠村","nameEn":"Xiangzhu Village"}""")
                .run();

        assertThat(failures).isEmpty();
    }
}
