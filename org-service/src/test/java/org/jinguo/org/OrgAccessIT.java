package org.jinguo.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what with organisations, units, coverage and cadres (docs/architecture.md §5): every caller
 * × every operation on GUSHAN's records, then town scoping between GUSHAN and QIANCANG.
 */
@ServiceIntegrationTest
class OrgAccessIT {

    private static final List<String> OTHER_ROLES =
            List.of("ACADEMY_STAFF", "COMMERCE_STAFF", "CARE_STAFF", "JUDGE", "CARING_MOTHER", "HELPER", "RESIDENT");

    @LocalServerPort
    int port;

    /** GUSHAN's records, made fresh by CITY_ADMIN for each caller, so every write has something to change. */
    private record Records(String town, String preparing, String active, String unit, String coverage, String cadre) {
    }

    private record Operation(String name, boolean write, Function<Records, Reply> call) {
    }

    @Test
    void everyCallerGetsTheStatusItsRoleImpliesForEveryOperation() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("CITY_ADMIN", TestTokens.cityAdmin());
        callers.put("TOWN_STAFF of GUSHAN", TestTokens.townStaff("GUSHAN"));
        OTHER_ROLES.forEach(role -> callers.put(role, TestTokens.role(role, null)));
        callers.put("partner with org.read", TestTokens.partner("org.read"));
        callers.put("partner with care.read", TestTokens.partner("care.read"));

        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            HttpApi api = caller.getValue() == null ? HttpApi.onLocalPort(port) : HttpApi.onLocalPort(port).as(caller.getValue());
            Records records = freshRecords();
            List<String> got = new ArrayList<>();
            List<String> want = new ArrayList<>();
            for (Operation operation : operations(api)) {
                Reply reply = operation.call().apply(records);
                got.add(operation.name() + " " + (reply.status() / 100 == 2 ? "ok" : String.valueOf(reply.status())));
                want.add(operation.name() + " " + expectedOutcome(caller.getKey(), operation.write()));
            }
            outcomes.put(caller.getKey(), got);
            expected.put(caller.getKey(), want);
        }

        assertThat(outcomes).isEqualTo(expected);
    }

    @Test
    void gushanStaffNeitherSeeNorChangeQiancangsOrganisationsUnitsOrCadres() {
        Records qiancang = records("QIANCANG");
        HttpApi gushan = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN"));

        for (String hidden : List.of("/api/v1/organizations/" + qiancang.active(), "/api/v1/organizations/" + qiancang.active() + "/subtree",
                "/api/v1/units/" + qiancang.unit(), "/api/v1/units/" + qiancang.unit() + "/coverages",
                "/api/v1/coverage/" + qiancang.coverage(), "/api/v1/cadres/" + qiancang.cadre())) {
            Reply reply = gushan.get(hidden).send();
            assertThat(reply.status()).as(hidden).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(gushan.put("/api/v1/organizations/" + qiancang.active(), """
                {"nameZh":"改名"}""").header("If-Match", "\"1\"").send().status()).isEqualTo(404);
        assertThat(gushan.post("/api/v1/units", unitBody("QIANCANG")).send().status()).isEqualTo(403);
        assertThat(gushan.post("/api/v1/organizations/" + qiancang.active() + "/cadres", """
                {"nameZh":"张三","post":"LIAISON","termStartedOn":"2024-01-01"}""").send().status()).isEqualTo(404);
        Reply underQiancang = gushan.post("/api/v1/organizations", """
                {"type":"UNIT","nameZh":"越界妇联","parentId":"%s","status":"ACTIVE","effectiveOn":"2024-01-01"}"""
                .formatted(qiancang.town())).send();
        assertThat(underQiancang.status()).isEqualTo(400);
        assertThat(underQiancang.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
        assertThat(gushan.get("/api/v1/organizations?townCode=QIANCANG").send().status()).isEqualTo(403);
        assertThat(gushan.get("/api/v1/coverage/summary?townCode=QIANCANG").send().status()).isEqualTo(403);

        records("GUSHAN");
        for (String list : List.of("/api/v1/organizations?size=200", "/api/v1/units?size=200", "/api/v1/cadres?size=200",
                "/api/v1/coverage/units?size=200")) {
            Reply reply = gushan.get(list).send();
            assertThat(reply.json().get("totalItems").asLong()).as(list).isPositive();
            assertThat(reply.json().get("items").findValuesAsString("townCode")).as(list).containsOnly("GUSHAN");
        }
    }

    private static String expectedOutcome(String caller, boolean write) {
        if (caller.equals("anonymous")) {
            return "401";
        }
        if (caller.equals("CITY_ADMIN") || caller.equals("TOWN_STAFF of GUSHAN")) {
            return "ok";
        }
        return caller.equals("partner with org.read") && !write ? "ok" : "403";
    }

    private List<Operation> operations(HttpApi api) {
        return List.of(
                new Operation("list organizations", false, r -> api.get("/api/v1/organizations?townCode=GUSHAN").send()),
                new Operation("get organization", false, r -> api.get("/api/v1/organizations/" + r.active()).send()),
                new Operation("get subtree", false, r -> api.get("/api/v1/organizations/" + r.town() + "/subtree").send()),
                new Operation("found organization", true, r -> api.post("/api/v1/organizations", """
                        {"type":"UNIT","nameZh":"新单位妇联","parentId":"%s","status":"ACTIVE","effectiveOn":"2024-01-01"}"""
                        .formatted(r.town())).send()),
                new Operation("revise organization", true, r -> api.put("/api/v1/organizations/" + r.active(), """
                        {"nameZh":"改名单位妇联"}""").header("If-Match", "\"1\"").send()),
                new Operation("move organization", true, r -> api.post("/api/v1/organizations/" + r.preparing() + "/move", """
                        {"parentId":"%s"}""".formatted(r.town())).header("If-Match", "\"1\"").send()),
                new Operation("activate organization", true, r -> api.post("/api/v1/organizations/" + r.preparing() + "/activation", """
                        {"effectiveOn":"2024-10-01"}""").header("If-Match", version(r.preparing())).send()),
                new Operation("list units", false, r -> api.get("/api/v1/units?townCode=GUSHAN").send()),
                new Operation("get unit", false, r -> api.get("/api/v1/units/" + r.unit()).send()),
                new Operation("register unit", true, r -> api.post("/api/v1/units", unitBody("GUSHAN")).send()),
                new Operation("revise unit", true, r -> api.put("/api/v1/units/" + r.unit(), """
                        {"nameZh":"改名单位","domain":"NEW_SOCIAL_ORGANIZATION","industry":"OTHER","headcount":5,"womenHeadcount":5}""")
                        .header("If-Match", "\"1\"").send()),
                new Operation("unit coverages", false, r -> api.get("/api/v1/units/" + r.unit() + "/coverages").send()),
                new Operation("get coverage", false, r -> api.get("/api/v1/coverage/" + r.coverage()).send()),
                new Operation("end coverage", true, r -> api.post("/api/v1/coverage/" + r.coverage() + "/end", """
                        {"endedOn":"2024-12-31"}""").send()),
                new Operation("cover unit", true, r -> api.post("/api/v1/units/" + r.unit() + "/coverages", """
                        {"organizationId":"%s","mode":"REGIONAL_JOINT","startedOn":"2025-06-01"}""".formatted(r.town())).send()),
                new Operation("coverage summary", false, r -> api.get("/api/v1/coverage/summary?townCode=GUSHAN").send()),
                new Operation("coverage report", false, r -> api.get("/api/v1/coverage/report?by=DOMAIN&townCode=GUSHAN").send()),
                new Operation("units behind the report", false, r -> api.get("/api/v1/coverage/units?townCode=GUSHAN").send()),
                new Operation("list cadres", false, r -> api.get("/api/v1/cadres?townCode=GUSHAN").send()),
                new Operation("get cadre", false, r -> api.get("/api/v1/cadres/" + r.cadre()).send()),
                new Operation("appoint cadre", true, r -> api.post("/api/v1/organizations/" + r.town() + "/cadres", """
                        {"nameZh":"李四","post":"EXECUTIVE_MEMBER","termStartedOn":"2024-01-01"}""").send()),
                new Operation("revise cadre", true, r -> api.put("/api/v1/cadres/" + r.cadre(), """
                        {"nameZh":"王丽","post":"VICE_CHAIR","phone":"13900001111"}""").header("If-Match", "\"1\"").send()),
                new Operation("end cadre term", true, r -> api.post("/api/v1/cadres/" + r.cadre() + "/term-end", """
                        {"termEndedOn":"2024-12-31"}""").header("If-Match", version("/api/v1/cadres/" + r.cadre())).send()),
                new Operation("dissolve organization", true, r -> api.post("/api/v1/organizations/" + r.active() + "/dissolution", """
                        {"effectiveOn":"2025-01-01","successorId":"%s"}""".formatted(r.town()))
                        .header("If-Match", version(r.active())).send()));
    }

    private String version(String organizationIdOrPath) {
        String path = organizationIdOrPath.startsWith("/") ? organizationIdOrPath : "/api/v1/organizations/" + organizationIdOrPath;
        return admin().get(path).send().header("ETag");
    }

    private Records freshRecords() {
        return records("GUSHAN");
    }

    private Records records(String townCode) {
        HttpApi admin = admin();
        OrgFixtures fixtures = new OrgFixtures(admin);
        String town = fixtures.town(townCode);
        String preparing = admin.post("/api/v1/organizations", """
                {"type":"UNIT","nameZh":"筹建妇联","parentId":"%s","status":"PREPARING","effectiveOn":"2024-09-01"}"""
                .formatted(town)).send().json().get("id").asString();
        String active = admin.post("/api/v1/organizations", """
                {"type":"UNIT","nameZh":"单位妇联","parentId":"%s","status":"ACTIVE","effectiveOn":"2021-01-01"}"""
                .formatted(town)).send().json().get("id").asString();
        String unit = fixtures.unit(townCode, "NEW_ECONOMIC_ORGANIZATION", "HARDWARE_MANUFACTURING");
        String coverage = fixtures.cover(unit, active, "STANDALONE", "2022-01-01");
        String cadre = admin.post("/api/v1/organizations/" + active + "/cadres", """
                {"nameZh":"王丽","post":"CHAIR","phone":"13857912345","termStartedOn":"2021-01-01"}""").send().json().get("id").asString();
        return new Records(town, preparing, active, unit, coverage, cadre);
    }

    private HttpApi admin() {
        return HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
    }

    private static String unitBody(String townCode) {
        return """
                {"nameZh":"新登记单位","creditCode":"%s","domain":"NEW_ECONOMIC_ORGANIZATION","industry":"OTHER",
                 "townCode":"%s","headcount":10,"womenHeadcount":4}""".formatted(OrgFixtures.creditCode(), townCode);
    }
}
