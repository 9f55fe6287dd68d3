package org.jinguo.training.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.ServiceJarProcess;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * training-service rebuilds its copies of the regions and the federation organisations from the
 * start of org-service's topics. The producer is the real org-service (its jar, on its own
 * database), changed through its API before this service starts.
 */
@ServiceIntegrationTest
class ReferenceCopyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static String academyHost;
    private static String village;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void foundOrganisationsInOrgService() {
        HttpApi org = HttpApi.at(ServiceJarProcess.of("org-service").baseUrl()).as(TestTokens.cityAdmin());
        village = created(org.post("/api/v1/regions/towns/ZHIYING/villages", """
                {"kind":"VILLAGE","nameZh":"芝英一村","nameEn":"Zhiying No. 1"}""").send());
        String city = org.get("/api/v1/organizations?type=CITY").send().json().get("items").isEmpty()
                ? created(org.post("/api/v1/organizations", """
                        {"type":"CITY","nameZh":"永康市妇联","status":"ACTIVE","effectiveOn":"1950-03-08"}""").send())
                : org.get("/api/v1/organizations?type=CITY").send().json().get("items").get(0).get("id").asString();
        academyHost = created(org.post("/api/v1/organizations", """
                {"type":"TOWN","nameZh":"芝英镇妇联","townCode":"ZHIYING","parentId":"%s","status":"ACTIVE","effectiveOn":"2001-01-01"}"""
                .formatted(city)).send());
        HttpApi.Reply renamed = org.put("/api/v1/organizations/" + academyHost, """
                {"nameZh":"芝英镇妇女联合会","address":"芝英镇政府大楼"}""").header("If-Match", "\"1\"").send();
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    }

    @Test
    void keepsTheLatestStateOfEveryOrganisationAndRegion() {
        await().atMost(PATIENCE).until(() -> count("select count(*) from region_town") >= 15
                && count("select count(*) from region_village where id = cast('" + village + "' as uuid)") == 1
                && count("select count(*) from organization_copy where id = cast('" + academyHost + "' as uuid) and revision = 2") == 1);

        assertThat(jdbc.sql("select name_zh || ' ' || town_code || ' ' || type || ' ' || founded_on from organization_copy where id = ?")
                .param(java.util.UUID.fromString(academyHost)).query(String.class).single())
                .isEqualTo("芝英镇妇女联合会 ZHIYING TOWN 2001-01-01");
        assertThat(jdbc.sql("select town_code from region_village where id = ?").param(java.util.UUID.fromString(village))
                .query(String.class).single()).isEqualTo("ZHIYING");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String created(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
