package org.jinguo.commerce.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class MarketsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMarketsStallsSellAndTheTotalsAreTheirExactSums() {
        ReferenceEvents.towns(jdbc, "SHIZHU");
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("SHIZHU"));
        String workshop = staff.post("/api/v1/workshops", """
                {"nameZh":"石柱肉麦饼工坊","kind":"WORKSHOP","townCode":"SHIZHU","openedOn":"2023-01-01"}""").send().json().get("id")
                .asString();
        Reply organized = staff.post("/api/v1/market-events", """
                {"kind":"MARKET","name":"石柱共富市集","heldOn":"2024-09-14","place":"石柱镇广场","organizer":"石柱镇妇联","townCode":"SHIZHU"}""")
                .send();
        String market = organized.json().get("id").asString();
        String workshopStall = staff.post("/api/v1/market-events/" + market + "/stalls", "{\"workshopId\":\"%s\"}".formatted(workshop))
                .send().json().get("id").asString();
        Reply sameWorkshop = staff.post("/api/v1/market-events/" + market + "/stalls", "{\"workshopId\":\"%s\"}".formatted(workshop)).send();
        String vendorStall = staff.post("/api/v1/market-events/" + market + "/stalls", "{\"vendorName\":\"农户应大姐\"}").send().json()
                .get("id").asString();

        Reply first = sale(staff, market, workshopStall, 1_990, 1, "T-1");
        Reply again = sale(staff, market, workshopStall, 1_990, 1, "T-1");
        sale(staff, market, workshopStall, 10, 2, null);
        sale(staff, market, vendorStall, 100_000_000, 500, null);
        Reply tooMuch = sale(staff, market, vendorStall, 100_000_001, 1, null);
        Reply nothing = sale(staff, market, vendorStall, 0, 1, null);
        Reply elsewhere = sale(HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN")), market, vendorStall, 100, 1, null);
        JsonNode totals = staff.get("/api/v1/market-events/" + market + "/totals").send().json();

        assertThat(organized.status()).as(organized.body()).isEqualTo(201);
        assertThat(sameWorkshop.status()).isEqualTo(409);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as("recorded before: nothing changes").isEqualTo(200);
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(totals.get("salesFen").asLong()).isEqualTo(1_990 + 10 + 100_000_000);
        assertThat(totals.get("items").asLong()).isEqualTo(503);
        assertThat(totals.get("stalls").findValuesAsString("stallId")).containsExactlyInAnyOrder(workshopStall, vendorStall);

        ConsumerRecord<String, String> published = TopicReader.first(CommerceEvents.SALES_TOPIC,
                record -> record.key().equals(market) && record.value().contains("\"salesFen\":100002000"), Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(CommerceEvents.SALES_RECORDED, published.value())).isEmpty();
        assertThat(published.value()).contains("\"channel\":\"MARKET\"", "\"townCode\":\"SHIZHU\"", "\"heldOn\":\"2024-09-14\"");
    }

    @Test
    void theExpoBelongsToNoTownSoOnlyCityWideStaffRunIt() {
        Reply byTownStaff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN")).post("/api/v1/market-events", """
                {"kind":"EXPO","name":"农博会美食展","heldOn":"2024-11-01","endsOn":"2024-11-03","place":"永康国际会展中心"}""").send();
        Reply byCommerce = HttpApi.onLocalPort(port).as(TestTokens.role("COMMERCE_STAFF", null)).post("/api/v1/market-events", """
                {"id":"%s","kind":"EXPO","name":"农博会美食展","heldOn":"2024-11-01","endsOn":"2024-11-03","place":"永康国际会展中心"}"""
                .formatted(UUID.randomUUID())).send();
        Reply reversed = HttpApi.onLocalPort(port).as(TestTokens.role("COMMERCE_STAFF", null)).post("/api/v1/market-events", """
                {"kind":"EXPO","name":"农博会美食展","heldOn":"2024-11-03","endsOn":"2024-11-01","place":"永康国际会展中心"}""").send();

        assertThat(byTownStaff.status()).isEqualTo(403);
        assertThat(byCommerce.status()).as(byCommerce.body()).isEqualTo(201);
        assertThat(byCommerce.json().get("townCode").isNull()).isTrue();
        assertThat(reversed.status()).isEqualTo(400);
    }

    private static Reply sale(HttpApi api, String market, String stall, long amountFen, int items, String externalId) {
        return api.post("/api/v1/market-events/" + market + "/stalls/" + stall + "/sales", """
                {"amountFen":%d,"items":%d,"externalId":%s}""".formatted(amountFen, items,
                externalId == null ? "null" : "\"" + externalId + "\"")).send();
    }
}
