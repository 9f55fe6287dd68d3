package org.jinguo.org.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.org.OrgFixtures;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class CadresIT {

    @LocalServerPort
    int port;

    @Test
    void postsAreCurrentOrPastPhonesAreMaskedInListsAndForPartnersAndEveryChangeIsAudited() {
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("TANGXIAN"));
        String town = new OrgFixtures(HttpApi.onLocalPort(port).as(TestTokens.cityAdmin())).town("TANGXIAN");

        Reply appointed = staff.post("/api/v1/organizations/" + town + "/cadres", """
                {"nameZh":"陈美华","post":"CHAIR","phone":"13857912345","termStartedOn":"2021-03-08"}""").send();
        String id = appointed.json().get("id").asString();
        staff.post("/api/v1/organizations/" + town + "/cadres", """
                {"nameZh":"周晓燕","post":"VICE_CHAIR","phone":"13600001111","termStartedOn":"2021-03-08"}""").send();
        Reply ended = staff.post("/api/v1/cadres/" + id + "/term-end", """
                {"termEndedOn":"2024-03-07"}""").header("If-Match", "\"1\"").send();
        staff.post("/api/v1/organizations/" + town + "/cadres", """
                {"nameZh":"周晓燕","post":"CHAIR","phone":"13600001111","termStartedOn":"2024-03-08"}""").send();

        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        assertThat(appointed.json().get("phone").asString()).isEqualTo("13857912345");
        assertThat(ended.json().get("current").asBoolean()).isFalse();
        JsonNode current = staff.get("/api/v1/cadres?organizationId=" + town + "&current=true&sort=nameZh").send().json();
        assertThat(current.get("items").findValuesAsString("post")).containsExactlyInAnyOrder("VICE_CHAIR", "CHAIR");
        assertThat(current.get("items").findValuesAsString("phone")).containsOnly("136****1111");
        JsonNode past = staff.get("/api/v1/cadres?organizationId=" + town + "&current=false").send().json();
        assertThat(past.get("items").findValuesAsString("nameZh")).containsExactly("陈美华");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.partner("org.read")).get("/api/v1/cadres/" + id).send()
                .json().get("phone").asString()).isEqualTo("138****2345");
        Reply changeEnded = staff.put("/api/v1/cadres/" + id, """
                {"nameZh":"陈美华","post":"VICE_CHAIR"}""").header("If-Match", "\"2\"").send();
        assertThat(changeEnded.status()).isEqualTo(409);
        assertThat(changeEnded.json().get("code").asString()).isEqualTo("TERM_ENDED");

        JsonNode trail = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin())
                .get("/api/v1/audit/org?resourceType=cadre&resourceId=" + id).send().json();
        assertThat(trail.get("items").findValuesAsString("action")).containsExactly("cadre.term-ended", "cadre.appointed");
        assertThat(trail.get("items").get(0).get("actor").asString()).isEqualTo("town_staff-tester");
    }

    @Test
    void aPhoneMustBeAMainlandMobileNumber() {
        String town = new OrgFixtures(HttpApi.onLocalPort(port).as(TestTokens.cityAdmin())).town("HUAJIE");
        Reply reply = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin()).post("/api/v1/organizations/" + town + "/cadres", """
                {"nameZh":"李四","post":"LIAISON","phone":"0579-87654321","termStartedOn":"2024-01-01"}""").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }
}
