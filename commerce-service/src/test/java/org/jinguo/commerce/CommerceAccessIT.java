package org.jinguo.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what in commerce (docs/architecture.md §5): every caller × the operations that matter, on
 * fresh XIANGZHU records for each caller. A partner posts and reads sales only for the accounts
 * it is authorised on; a batch for another's account is refused whole.
 */
@ServiceIntegrationTest
class CommerceAccessIT {

    private static final String TOWN = "XIANGZHU";
    private static final String STAFF = "ok ok ok ok ok ok stored ok ok";
    private static final String NO_COMMERCE_ROLE = "403 403 403 403 403 403 403 403 403";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private record Records(String workshop, String market, String stall, String session) {
    }

    @Test
    void everyCallerGetsTheStatusItsRoleImpliesForEveryOperation() {
        ReferenceEvents.towns(jdbc, TOWN, "GUSHAN");
        Map<String, String> callers = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        // operations: list workshops, open workshop, record employment, organise market, record stall sale, open account,
        //             post a sales batch, read a session's sales, statistics
        expect(callers, expected, "anonymous", null, "401 401 401 401 401 401 401 401 401");
        expect(callers, expected, "CITY_ADMIN", TestTokens.cityAdmin(), STAFF);
        expect(callers, expected, "COMMERCE_STAFF", TestTokens.role("COMMERCE_STAFF", null), STAFF);
        expect(callers, expected, "TOWN_STAFF of XIANGZHU", TestTokens.townStaff(TOWN), STAFF);
        expect(callers, expected, "TOWN_STAFF of GUSHAN", TestTokens.townStaff("GUSHAN"), "ok 403 404 403 404 404 422 404 ok");
        for (String role : List.of("ACADEMY_STAFF", "CARE_STAFF", "JUDGE", "CARING_MOTHER", "HELPER", "RESIDENT")) {
            expect(callers, expected, role, TestTokens.role(role, null), NO_COMMERCE_ROLE);
        }
        expect(callers, expected, "partner with commerce.read", TestTokens.partnerClient("agency-reader", "commerce.read"),
                "ok 403 403 403 403 403 403 404 ok");
        expect(callers, expected, "partner authorised on the account", TestTokens.partnerClient("platform-own", "commerce.write"),
                "403 403 403 403 403 403 stored ok 403");
        expect(callers, expected, "partner authorised elsewhere", TestTokens.partnerClient("platform-other", "commerce.write"),
                "403 403 403 403 403 403 422 404 403");

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            HttpApi api = caller.getValue() == null ? HttpApi.onLocalPort(port) : HttpApi.onLocalPort(port).as(caller.getValue());
            Records records = freshRecords();
            List<String> got = new ArrayList<>();
            for (Function<Records, String> operation : operations(api)) {
                got.add(operation.apply(records));
            }
            outcomes.put(caller.getKey(), String.join(" ", got));
        }

        assertThat(outcomes).isEqualTo(expected);
    }

    private static void expect(Map<String, String> callers, Map<String, String> expected, String caller, String token, String statuses) {
        callers.put(caller, token);
        expected.put(caller, statuses);
    }

    private List<Function<Records, String>> operations(HttpApi api) {
        return List.of(
                r -> status(api.get("/api/v1/workshops").send()),
                r -> status(api.post("/api/v1/workshops", """
                        {"nameZh":"新工坊","kind":"WORKSHOP","townCode":"%s","openedOn":"2024-01-01"}""".formatted(TOWN)).send()),
                r -> status(api.post("/api/v1/workshops/" + r.workshop() + "/employments", """
                        {"personId":"%s","startedOn":"2024-03-01"}""".formatted(UUID.randomUUID())).send()),
                r -> status(api.post("/api/v1/market-events", """
                        {"kind":"MARKET","name":"象珠市集","heldOn":"2024-05-01","place":"广场","townCode":"%s"}""".formatted(TOWN)).send()),
                r -> status(api.post("/api/v1/market-events/" + r.market() + "/stalls/" + r.stall() + "/sales", """
                        {"amountFen":1000,"items":1}""").send()),
                r -> status(api.post("/api/v1/livestream-accounts", """
                        {"platform":"DOUYIN","accountName":"象珠%s","ownerWorkshopId":"%s"}""".formatted(UUID.randomUUID(), r.workshop()))
                        .send()),
                r -> {
                    Reply reply = api.post("/api/v1/sales-batches", """
                            {"batchId":"%s","records":[{"externalId":"A-1","kind":"SALE","sessionId":"%s","amountFen":100,"items":1,
                             "on":"2024-05-01"}]}""".formatted(UUID.randomUUID(), r.session())).send();
                    return reply.status() == 200 && reply.json().get("stored").asInt() == 1 ? "stored" : String.valueOf(reply.status());
                },
                r -> status(api.get("/api/v1/livestream-sessions/" + r.session() + "/sales").send()),
                r -> status(api.get("/api/v1/commerce-statistics?from=2024-01-01&to=2024-12-31").send()));
    }

    private Records freshRecords() {
        HttpApi admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
        String workshop = id(admin.post("/api/v1/workshops", """
                {"nameZh":"象珠工坊","kind":"WORKSHOP","townCode":"%s","openedOn":"2023-01-01"}""".formatted(TOWN)).send());
        String market = id(admin.post("/api/v1/market-events", """
                {"kind":"MARKET","name":"象珠市集","heldOn":"2024-05-01","place":"广场","townCode":"%s"}""".formatted(TOWN)).send());
        String stall = id(admin.post("/api/v1/market-events/" + market + "/stalls", "{\"vendorName\":\"摊主\"}").send());
        String account = id(admin.post("/api/v1/livestream-accounts", """
                {"platform":"KUAISHOU","accountName":"象珠%s","ownerWorkshopId":"%s","partnerClients":["platform-own"]}"""
                .formatted(UUID.randomUUID(), workshop)).send());
        String session = id(admin.post("/api/v1/livestream-accounts/" + account + "/sessions", """
                {"host":"主播","startsAt":"2024-05-01T20:00:00+08:00","endsAt":"2024-05-01T22:00:00+08:00"}""").send());
        return new Records(workshop, market, stall, session);
    }

    private static String status(Reply reply) {
        return reply.status() / 100 == 2 ? "ok" : String.valueOf(reply.status());
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
