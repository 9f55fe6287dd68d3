package org.jinguo.org.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may do what with regions (docs/architecture.md §5): every caller × read, change a town, add a village. */
@ServiceIntegrationTest
class RegionsAccessIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCallerGetsTheStatusItsRoleImplies() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("CITY_ADMIN", TestTokens.cityAdmin());
        callers.put("TOWN_STAFF of GUSHAN", TestTokens.townStaff("GUSHAN"));
        callers.put("TOWN_STAFF of QIANCANG", TestTokens.townStaff("QIANCANG"));
        for (String role : new String[] {"ACADEMY_STAFF", "COMMERCE_STAFF", "CARE_STAFF", "JUDGE", "CARING_MOTHER", "HELPER", "RESIDENT"}) {
            callers.put(role, TestTokens.role(role, null));
        }
        callers.put("partner with org.read", TestTokens.partner("org.read"));

        Map<String, String> outcomes = new LinkedHashMap<>();
        int village = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            HttpApi api = caller.getValue() == null ? HttpApi.onLocalPort(port) : HttpApi.onLocalPort(port).as(caller.getValue());
            String etag = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin()).get("/api/v1/regions/towns/ZHOUSHAN").send().header("ETag");
            int read = api.get("/api/v1/regions/towns?size=1").send().status();
            int changeTown = api.put("/api/v1/regions/towns/ZHOUSHAN", """
                    {"nameZh":"舟山镇","nameEn":"Zhoushan Town","neighborTownCodes":[]}""").header("If-Match", etag).send().status();
            int addVillage = api.post("/api/v1/regions/towns/GUSHAN/villages", """
                    {"kind":"VILLAGE","nameZh":"权限村%d"}""".formatted(village++)).send().status();
            outcomes.put(caller.getKey(), read + " " + changeTown + " " + addVillage);
        }

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401 401 401");
        expected.put("CITY_ADMIN", "200 200 201");
        expected.put("TOWN_STAFF of GUSHAN", "200 403 201");
        expected.put("TOWN_STAFF of QIANCANG", "200 403 403");
        for (String role : new String[] {"ACADEMY_STAFF", "COMMERCE_STAFF", "CARE_STAFF", "JUDGE", "CARING_MOTHER", "HELPER", "RESIDENT"}) {
            expected.put(role, "200 403 403");
        }
        expected.put("partner with org.read", "200 403 403");
        assertThat(outcomes).isEqualTo(expected);
    }

    @Test
    void everyWriteIsAuditedWithItsCallerAndTheTrailCannotBeRewritten() {
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("LONGSHAN"));
        String id = staff.post("/api/v1/regions/towns/LONGSHAN/villages", """
                {"kind":"VILLAGE","nameZh":"审计村"}""").send().json().get("id").asString();
        staff.post("/api/v1/regions/villages/" + id + "/retirement", """
                {"effectiveOn":"2025-01-01"}""").header("If-Match", "\"1\"").send();

        HttpApi.Reply trail = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin())
                .get("/api/v1/audit/org?resourceType=village&resourceId=" + id).send();
        assertThat(trail.json().get("items").findValuesAsString("action")).containsExactly("village.retired", "village.registered");
        assertThat(trail.json().get("items").get(0).get("actor").asString()).isEqualTo("town_staff-tester");
        assertThat(trail.json().get("items").get(0).at("/change/before/status").asString()).isEqualTo("ACTIVE");
        assertThat(trail.json().get("items").get(0).at("/change/after/status").asString()).isEqualTo("RETIRED");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("LONGSHAN")).get("/api/v1/audit/org").send().status())
                .isEqualTo(403);

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update())
                .hasStackTraceContaining("audit entries are append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasStackTraceContaining("audit entries are append-only");
    }

    @Test
    void aForgedExpiredOrOtherwiseAddressedTokenIsRefusedByTheServiceItself() {
        String valid = TestTokens.cityAdmin();
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        String expired = "Bearer " + TestIssuer.get().expiredToken("CITY_ADMIN");
        String forAnotherService = "Bearer " + TestIssuer.get().tokenFor(List.of("gateway", "care-service"));
        // An ID token's audience is the client that asked for it.
        String idTokenLike = "Bearer " + TestIssuer.get().tokenFor(List.of("jinguo-web"));

        for (String token : new String[] {forged, expired, forAnotherService, idTokenLike}) {
            HttpApi.Reply reply = HttpApi.onLocalPort(port).as(token).get("/api/v1/regions/towns").send();
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void townStaffChangeOnlyTheVillagesOfTheirTown() {
        HttpApi admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
        String village = admin.post("/api/v1/regions/towns/XIXI/villages", """
                {"kind":"VILLAGE","nameZh":"西溪权限村"}""").send().json().get("id").asString();

        HttpApi.Reply fromGushan = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN"))
                .put("/api/v1/regions/villages/" + village, """
                        {"kind":"VILLAGE","nameZh":"改名村"}""").header("If-Match", "\"1\"").send();
        HttpApi.Reply fromXixi = HttpApi.onLocalPort(port).as(TestTokens.townStaff("XIXI"))
                .put("/api/v1/regions/villages/" + village, """
                        {"kind":"VILLAGE","nameZh":"西溪权限村","nameEn":"Xixi"}""").header("If-Match", "\"1\"").send();

        assertThat(fromGushan.status()).isEqualTo(403);
        assertThat(fromGushan.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fromGushan.json().get("code").asString()).isEqualTo("OTHER_TOWN");
        assertThat(fromXixi.status()).isEqualTo(200);
    }
}
