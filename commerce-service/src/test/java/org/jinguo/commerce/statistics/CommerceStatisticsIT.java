package org.jinguo.commerce.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A year of markets, livestreams and workshop jobs in two towns and city-wide, loaded through the
 * API, and the figures they imply. The year is 2021, which no other test of this service uses.
 */
@ServiceIntegrationTest
class CommerceStatisticsIT {

    private static final String YEAR = "from=2021-01-01&to=2021-12-31";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi admin;

    @Test
    void theReportSectionIsComputedFromTheRecordsByPeriodAndTown() {
        ReferenceEvents.towns(jdbc, "ZHIYING", "JIANGNAN");
        admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
        String zhiyingWorkshop = workshop("ZHIYING", "2021-01-01");
        String closedWorkshop = workshop("ZHIYING", "2021-03-01");
        admin.post("/api/v1/workshops/" + closedWorkshop + "/closing", "{\"closedOn\":\"2021-12-31\"}").header("If-Match", "\"1\"").send();
        workshop("JIANGNAN", "2022-01-01");

        market("MARKET", "ZHIYING", "2021-05-01", 1_000, 2_000);
        market("MARKET", "JIANGNAN", "2021-06-01", 500);
        market("MARKET", "ZHIYING", "2022-01-01", 999);
        market("EXPO", null, "2021-11-01", 70_000);

        String account = created(admin.post("/api/v1/livestream-accounts", """
                {"platform":"DOUYIN","accountName":"智英好物","ownerWorkshopId":"%s"}""".formatted(zhiyingWorkshop)));
        String brand = created(admin.post("/api/v1/livestream-accounts", """
                {"platform":"KUAISHOU","accountName":"永康女匠","ownerBrand":"永康女匠"}"""));
        String may = session(account, "2021-05-20T20:00:00+08:00", "2021-05-20T22:00:00+08:00");
        String newYearsEve = session(brand, "2021-12-31T23:00:00+08:00", "2022-01-01T01:00:00+08:00");
        JsonNode batch = admin.post("/api/v1/sales-batches", """
                {"batchId":"%s","records":[
                 {"externalId":"M-1","kind":"SALE","sessionId":"%s","amountFen":3000,"items":3,"on":"2021-05-20"},
                 {"externalId":"M-R1","kind":"REFUND","sessionId":"%s","amountFen":500,"items":1,"on":"2021-05-25"},
                 {"externalId":"M-R2","kind":"REFUND","sessionId":"%s","amountFen":1000,"items":1,"on":"2022-01-03"},
                 {"externalId":"N-1","kind":"SALE","sessionId":"%s","amountFen":800,"items":1,"on":"2021-12-31"},
                 {"externalId":"N-2","kind":"SALE","sessionId":"%s","amountFen":900,"items":1,"on":"2022-01-01"}]}"""
                .formatted(UUID.randomUUID(), may, may, may, newYearsEve, newYearsEve)).send().json();
        assertThat(batch.get("stored").asInt()).as(batch.toString()).isEqualTo(5);

        employ(zhiyingWorkshop, UUID.randomUUID(), "2021-02-01", 300_001L);
        employ(zhiyingWorkshop, UUID.randomUUID(), "2021-07-01", 300_000L);
        employ(zhiyingWorkshop, UUID.randomUUID(), "2021-08-01", null);
        employ(closedWorkshop, UUID.randomUUID(), "2021-04-01", 999_999L); // never ended, but its workshop closed
        String left = employ(zhiyingWorkshop, UUID.randomUUID(), "2021-06-01", 999_999L);
        admin.post("/api/v1/employments/" + left + "/ending", "{\"endedOn\":\"2021-10-01\"}").header("If-Match", "\"1\"").send();

        JsonNode city = admin.get("/api/v1/commerce-statistics?" + YEAR).send().json();
        JsonNode zhiying = admin.get("/api/v1/commerce-statistics?" + YEAR + "&townCode=ZHIYING").send().json();

        assertThat(city.get("marketEvents").asLong()).isEqualTo(2);
        assertThat(city.get("marketConsumptionFen").asLong()).isEqualTo(3_500);
        assertThat(city.get("expoTurnoverFen").asLong()).isEqualTo(70_000);
        assertThat(city.get("onlineConsumptionFen").asLong()).as("3,000 − 500 + 800").isEqualTo(3_300);
        assertThat(city.get("workshops").asLong()).as("the other closed on the 31st").isEqualTo(1);
        assertThat(city.get("workshopEmployees").asLong()).isEqualTo(3);
        assertThat(city.get("averageMonthlyPayFen").asLong()).as("(300,001 + 300,000) / 2, half-up").isEqualTo(300_001);

        assertThat(zhiying.get("marketEvents").asLong()).isEqualTo(1);
        assertThat(zhiying.get("marketConsumptionFen").asLong()).isEqualTo(3_000);
        assertThat(zhiying.get("expoTurnoverFen").asLong()).as("the expo belongs to no town").isZero();
        assertThat(zhiying.get("onlineConsumptionFen").asLong()).as("the brand's account belongs to no town").isEqualTo(2_500);

        HttpApi townStaff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("JIANGNAN"));
        assertThat(townStaff.get("/api/v1/commerce-statistics?" + YEAR).send().json().get("marketConsumptionFen").asLong()).isEqualTo(500);
        assertThat(townStaff.get("/api/v1/commerce-statistics?" + YEAR + "&townCode=ZHIYING").send().status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/commerce-statistics?from=2021-12-31&to=2021-01-01").send().status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/commerce-statistics?from=1900-01-01&to=2021-01-01").send().status()).isEqualTo(400);
    }

    private String workshop(String town, String openedOn) {
        return created(admin.post("/api/v1/workshops", """
                {"nameZh":"工坊","kind":"WORKSHOP","townCode":"%s","openedOn":"%s"}""".formatted(town, openedOn)));
    }

    private void market(String kind, String town, String heldOn, long... sales) {
        String event = created(admin.post("/api/v1/market-events", """
                {"kind":"%s","name":"市集","heldOn":"%s","place":"广场","townCode":%s}"""
                .formatted(kind, heldOn, town == null ? "null" : "\"" + town + "\"")));
        String stall = created(admin.post("/api/v1/market-events/" + event + "/stalls", "{\"vendorName\":\"摊主\"}"));
        for (long amount : sales) {
            assertThat(admin.post("/api/v1/market-events/" + event + "/stalls/" + stall + "/sales", """
                    {"amountFen":%d,"items":1}""".formatted(amount)).send().status()).isEqualTo(201);
        }
    }

    private String session(String account, String startsAt, String endsAt) {
        return created(admin.post("/api/v1/livestream-accounts/" + account + "/sessions", """
                {"host":"主播","startsAt":"%s","endsAt":"%s"}""".formatted(startsAt, endsAt)));
    }

    private String employ(String workshop, UUID person, String startedOn, Long payFen) {
        return created(admin.post("/api/v1/workshops/" + workshop + "/employments", """
                {"personId":"%s","startedOn":"%s","monthlyPayFen":%s}""".formatted(person, startedOn, payFen)));
    }

    private static String created(HttpApi.Call call) {
        Reply reply = call.send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
