package org.jinguo.commerce.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class OnlineSalesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi staff;
    HttpApi platformA;
    HttpApi platformB;
    String account;
    String session;

    @BeforeEach
    void anAccountOfAWorkshopInXixiAuthorisedForPlatformA() {
        ReferenceEvents.towns(jdbc, "XIXI");
        staff = HttpApi.onLocalPort(port).as(TestTokens.role("COMMERCE_STAFF", null));
        platformA = HttpApi.onLocalPort(port).as(TestTokens.partnerClient("platform-a", "commerce.write"));
        platformB = HttpApi.onLocalPort(port).as(TestTokens.partnerClient("platform-b", "commerce.write", "commerce.read"));
        String workshop = id(staff.post("/api/v1/workshops", """
                {"nameZh":"西溪农产品工坊","kind":"WORKSHOP","townCode":"XIXI","openedOn":"2022-01-01"}""").send());
        account = id(staff.post("/api/v1/livestream-accounts", """
                {"platform":"DOUYIN","accountName":"西溪好物%s","ownerWorkshopId":"%s","partnerClients":["platform-a"]}"""
                .formatted(UUID.randomUUID(), workshop)).send());
        session = id(platformA.post("/api/v1/livestream-accounts/" + account + "/sessions", """
                {"host":"胡主播","startsAt":"2024-05-01T20:00:00+08:00","endsAt":"2024-05-01T23:30:00+08:00"}""").send());
    }

    @Test
    void aBatchStoresItsValidRecordsOnceReportsTheRestAndARetryChangesNothing() {
        UUID batch = UUID.randomUUID();
        String body = batch(batch, List.of(
                record("S-1", "SALE", session, 29_900, 1, "2024-05-01"),
                record("S-2", "SALE", session, 10_000, 2, "2024-05-01"),
                record("R-1", "REFUND", session, 9_900, 1, "2024-05-03"),
                record("S-3", "SALE", session, 0, 1, "2024-05-01"),
                record("S-4", "SALE", UUID.randomUUID().toString(), 100, 1, "2024-05-01")));

        JsonNode first = platformA.post("/api/v1/sales-batches", body).send().json();
        Reply retried = platformA.post("/api/v1/sales-batches", body).send();
        Reply reused = platformA.post("/api/v1/sales-batches", batch(batch, List.of(record("S-9", "SALE", session, 100, 1, "2024-05-01"))))
                .send();
        JsonNode overlapping = platformA.post("/api/v1/sales-batches", batch(UUID.randomUUID(), List.of(
                record("S-1", "SALE", session, 29_900, 1, "2024-05-01"), record("S-5", "SALE", session, 500, 1, "2024-05-01")))).send().json();
        JsonNode totals = staff.get("/api/v1/livestream-sessions/" + session + "/totals").send().json();

        assertThat(first.get("received").asInt()).isEqualTo(5);
        assertThat(first.get("stored").asInt()).isEqualTo(3);
        assertThat(first.get("rejected").findValuesAsString("reason")).containsExactly("AMOUNT_OUT_OF_RANGE", "SESSION_UNKNOWN");
        assertThat(first.get("rejected").findValuesAsString("externalId")).containsExactly("S-3", "S-4");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json()).isEqualTo(first);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("BATCH_ID_REUSED");
        assertThat(overlapping.get("stored").asInt()).isEqualTo(1);
        assertThat(overlapping.get("alreadyRecorded").asInt()).isEqualTo(1);
        assertThat(totals.get("salesFen").asLong()).isEqualTo(29_900 + 10_000 + 500);
        assertThat(totals.get("refundsFen").asLong()).isEqualTo(9_900);
        assertThat(totals.get("netFen").asLong()).isEqualTo(30_500);

        ConsumerRecord<String, String> published = TopicReader.first(CommerceEvents.SALES_TOPIC,
                record -> record.key().equals(session) && record.value().contains("\"salesFen\":40400"), Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(CommerceEvents.SALES_RECORDED, published.value())).isEmpty();
        assertThat(published.value()).contains("\"townCode\":\"XIXI\"", "\"refundsFen\":9900");
    }

    @Test
    void aRecordOfTheWrongShapeIsReportedAndTheRestOfTheBatchStored() {
        JsonNode result = platformA.post("/api/v1/sales-batches", batch(UUID.randomUUID(), List.of(
                record("W-1", "SALE", session, 500, 1, "2024-05-01"),
                """
                {"externalId":"W-2","kind":"SALE","sessionId":"%s","amountFen":"five yuan","items":1,"on":"2024-05-01"}""".formatted(session),
                """
                {"externalId":"W-3","kind":"SALE","sessionId":"%s","amountFen":500,"items":1,"on":"2024-05-01","buyerPhone":"13800000000"}"""
                        .formatted(session),
                "42"))).offContract().send().json();

        assertThat(result.get("stored").asInt()).as(result.toString()).isEqualTo(1);
        assertThat(result.get("rejected").findValuesAsString("reason")).containsOnly("RECORD_MALFORMED").hasSize(3);
        assertThat(result.get("rejected").get(0).get("externalId").asString()).isEqualTo("W-2");
        assertThat(result.get("rejected").get(2).get("index").asInt()).isEqualTo(3);
    }

    @Test
    void aPartnerPostsAndReadsOnlyForTheAccountsItIsAuthorisedOn() {
        Reply othersSession = platformB.post("/api/v1/livestream-accounts/" + account + "/sessions", """
                {"host":"冒名","startsAt":"2024-05-02T20:00:00+08:00","endsAt":"2024-05-02T22:00:00+08:00"}""").send();
        Reply othersBatch = platformB.post("/api/v1/sales-batches", batch(UUID.randomUUID(), List.of(
                record("X-1", "SALE", session, 100, 1, "2024-05-01")))).send();
        platformA.post("/api/v1/sales-batches", batch(UUID.randomUUID(), List.of(record("P-1", "SALE", session, 100, 1, "2024-05-01"))))
                .send();

        assertThat(othersSession.status()).isEqualTo(404);
        assertThat(othersBatch.status()).as("nothing in it can be stored").isEqualTo(422);
        assertThat(othersBatch.json().get("errors").get(0).get("field").asString()).isEqualTo("records[0]");
        assertThat(othersBatch.json().get("errors").get(0).get("code").asString()).isEqualTo("ACCOUNT_NOT_AUTHORISED");
        assertThat(jdbc.sql("select count(*) from online_sale where external_id = 'X-1'").query(Long.class).single()).isZero();
        assertThat(platformB.get("/api/v1/livestream-sessions/" + session + "/sales").send().status()).isEqualTo(404);
        assertThat(platformB.get("/api/v1/livestream-accounts/" + account).send().status()).isEqualTo(404);
        assertThat(platformB.get("/api/v1/livestream-accounts").send().json().get("items").findValuesAsString("id")).doesNotContain(account);
        assertThat(platformA.get("/api/v1/livestream-sessions/" + session + "/sales").send().json().get("items")
                .findValuesAsString("externalId")).contains("P-1");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.partnerClient("platform-a", "commerce.read"))
                .post("/api/v1/sales-batches", batch(UUID.randomUUID(), List.of(record("P-2", "SALE", session, 100, 1, "2024-05-01"))))
                .send().status()).as("reading is not posting").isEqualTo(403);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN")).get("/api/v1/livestream-accounts/" + account).send()
                .status()).isEqualTo(404);
    }

    @Test
    void tenThousandRecordsAreTakenInOneRequest() {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            records.add(record("T-" + i, "SALE", session, 1_000 + i, 1, "2024-05-01"));
        }
        Reply ingested = platformA.post("/api/v1/sales-batches", batch(UUID.randomUUID(), records)).send();
        List<String> tooMany = new ArrayList<>(records);
        tooMany.add(record("T-10000", "SALE", session, 1, 1, "2024-05-01"));

        assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
        assertThat(ingested.json().get("stored").asInt()).isEqualTo(10_000);
        assertThat(platformA.post("/api/v1/sales-batches", batch(UUID.randomUUID(), tooMany)).send().status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from online_sale where session_id = ?").param(UUID.fromString(session)).query(Long.class)
                .single()).isEqualTo(10_000);
    }

    private static String batch(UUID batchId, List<String> records) {
        return "{\"batchId\":\"" + batchId + "\",\"records\":[" + String.join(",", records) + "]}";
    }

    private static String record(String externalId, String kind, String session, long amountFen, int items, String on) {
        return """
                {"externalId":"%s","kind":"%s","sessionId":"%s","amountFen":%d,"items":%d,"on":"%s"}"""
                .formatted(externalId, kind, session, amountFen, items, on);
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
