package org.jinguo.care.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.ServiceJarProcess;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * care-service rebuilds its copy of the regions from the start of org-service's topic. The
 * producer is the real org-service (its jar, on its own database), changed through its API
 * before this service starts, as a service deployed after org-service would find it.
 */
@ServiceIntegrationTest
class RegionCopyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static String villageId;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void changeRegionsInOrgService() {
        HttpApi org = HttpApi.at(ServiceJarProcess.of("org-service").baseUrl()).as(TestTokens.cityAdmin());
        String etag = org.get("/api/v1/regions/towns/GUSHAN").send().header("ETag");
        HttpApi.Reply gushan = org.put("/api/v1/regions/towns/GUSHAN", """
                {"nameZh":"古山镇","nameEn":"Gushan Town","latitude":28.95,"longitude":120.17,"neighborTownCodes":["FANGYAN"]}""")
                .header("If-Match", etag).send();
        assertThat(gushan.status()).as(gushan.toString()).isEqualTo(200);
        HttpApi.Reply yantang = org.post("/api/v1/regions/towns/GUSHAN/villages", """
                {"kind":"VILLAGE","nameZh":"晏塘村","nameEn":"Yantang","latitude":28.96,"longitude":120.18}""").send();
        assertThat(yantang.status()).as(yantang.toString()).isEqualTo(201);
        villageId = yantang.json().get("id").asString();
    }

    @Test
    void rebuildsEveryTownWithLocationAndMutualNeighborsAndTheVillages() {
        // Every change made above, each of which may arrive in its own time: Gushan's new location
        // too, not only the village and the neighbours, which the towns' first copy may already have.
        await().atMost(PATIENCE).until(() -> count("select count(*) from region_town") >= 15
                && count("select count(*) from region_town where code = 'GUSHAN' and latitude is not null") == 1
                && count("select count(*) from region_village where id = cast('" + villageId + "' as uuid)") == 1
                && count("select count(*) from region_town_neighbor where town_code = 'FANGYAN' and neighbor_code = 'GUSHAN'") == 1);

        assertThat(jdbc.sql("select name_zh, latitude from region_town where code = 'GUSHAN'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString()).single())
                .isEqualTo("古山镇 28.950000");
        assertThat(jdbc.sql("select neighbor_code from region_town_neighbor where town_code = 'GUSHAN'").query(String.class).list())
                .isEqualTo(List.of("FANGYAN"));
        assertThat(jdbc.sql("select name_zh from region_village where town_code = 'GUSHAN'").query(String.class).list())
                .contains("晏塘村");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
