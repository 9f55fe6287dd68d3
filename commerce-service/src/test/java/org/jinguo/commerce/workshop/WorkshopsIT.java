package org.jinguo.commerce.workshop;

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

@ServiceIntegrationTest
class WorkshopsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkshopOpensInAKnownTownAndVillageIsPublishedAndClosesOnItsDate() {
        ReferenceEvents.towns(jdbc, "GUSHAN", "QIANCANG");
        UUID village = UUID.randomUUID();
        ReferenceEvents.village(jdbc, village, "GUSHAN");
        UUID federation = UUID.randomUUID();
        ReferenceEvents.organization(jdbc, federation, "TOWN", "GUSHAN", null);
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN"));

        Reply opened = staff.post("/api/v1/workshops", """
                {"nameZh":"古山肉麦饼共富工坊","kind":"WORKSHOP","hostOrganizationId":"%s","townCode":"GUSHAN","villageId":"%s",
                 "products":["肉麦饼"],"openedOn":"2023-03-01"}""".formatted(federation, village)).send();
        Reply wrongVillage = staff.post("/api/v1/workshops", """
                {"nameZh":"错村工坊","kind":"WORKSHOP","townCode":"GUSHAN","villageId":"%s","openedOn":"2023-03-01"}"""
                .formatted(UUID.randomUUID())).send();
        Reply otherTown = staff.post("/api/v1/workshops", """
                {"nameZh":"前仓工坊","kind":"PROCESSING_POINT","townCode":"QIANCANG","openedOn":"2023-03-01"}""").send();
        Reply noDate = staff.post("/api/v1/workshops", """
                {"nameZh":"无日期工坊","kind":"WORKSHOP","townCode":"GUSHAN"}""").send();

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(wrongVillage.status()).isEqualTo(400);
        assertThat(otherTown.status()).isEqualTo(403);
        assertThat(noDate.status()).isEqualTo(400);
        String id = opened.json().get("id").asString();

        Reply early = staff.post("/api/v1/workshops/" + id + "/closing", "{\"closedOn\":\"2023-01-01\"}").header("If-Match", "\"1\"").send();
        Reply closed = staff.post("/api/v1/workshops/" + id + "/closing", "{\"closedOn\":\"2024-06-30\"}").header("If-Match", "\"1\"").send();

        assertThat(early.json().get("code").asString()).isEqualTo("CLOSED_BEFORE_OPENED");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(staff.get("/api/v1/workshops?activeOn=2024-06-29").send().json().get("items").findValuesAsString("id")).contains(id);
        assertThat(staff.get("/api/v1/workshops?activeOn=2024-06-30").send().json().get("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("QIANCANG")).get("/api/v1/workshops/" + id).send().status())
                .isEqualTo(404);

        ConsumerRecord<String, String> event = TopicReader.first(CommerceEvents.WORKSHOPS_TOPIC,
                record -> record.key().equals(id) && record.value().contains("\"CLOSED\""), Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(CommerceEvents.WORKSHOP_CHANGED, event.value())).isEmpty();
    }
}
