package org.jinguo.commerce.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.testsupport.EventPublisher;
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

/** A training outcome naming a workshop and the employment it describes become one record, whichever arrives first. */
@ServiceIntegrationTest
class EmploymentLinkIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi staff;
    String workshop;

    @BeforeEach
    void aWorkshopInHuangtiandian() {
        ReferenceEvents.towns(jdbc, "HUANGTIANDIAN");
        staff = HttpApi.onLocalPort(port).as(TestTokens.role("COMMERCE_STAFF", null));
        workshop = staff.post("/api/v1/workshops", """
                {"nameZh":"黄田畈来料加工点","kind":"PROCESSING_POINT","townCode":"HUANGTIANDIAN","openedOn":"2022-01-01"}""")
                .send().json().get("id").asString();
    }

    @Test
    void anOutcomeArrivingFirstCreatesTheEmploymentWhichIsAnnouncedWithTheOutcome() {
        UUID person = UUID.randomUUID();
        UUID outcome = UUID.randomUUID();

        publishOutcome(outcome, person, null, 1);
        publishOutcome(outcome, person, null, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> employmentsOf(person).get("totalItems").asInt() == 1);
        JsonNode employment = employmentsOf(person).get("items").get(0);

        assertThat(employment.get("outcomeId").asString()).isEqualTo(outcome.toString());
        assertThat(employment.get("startedOn").asString()).isEqualTo("2023-07-01");
        assertThat(employment.get("monthlyPayFen").asLong()).isEqualTo(420_000);
        ConsumerRecord<String, String> announced = TopicReader.first(CommerceEvents.EMPLOYMENTS_TOPIC,
                record -> record.value().contains(outcome.toString()), Duration.ofSeconds(30));
        assertThat(announced.key()).isEqualTo(employment.get("id").asString());
        assertThat(EventSchemas.violations(CommerceEvents.EMPLOYMENT_STARTED, announced.value())).isEmpty();

        // training links the outcome to it and says so: nothing new here.
        publishOutcome(outcome, person, UUID.fromString(employment.get("id").asString()), 2);
        publishOutcome(UUID.randomUUID(), UUID.randomUUID(), null, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from inbox_event where consumer = 'training-outcome'")
                .query(Long.class).single() >= 3);
        assertThat(employmentsOf(person).get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void anEmploymentRecordedFirstIsAnnouncedAndTheOutcomeTrainingThenRecordsLinksToIt() {
        UUID person = UUID.randomUUID();
        Reply started = staff.post("/api/v1/workshops/" + workshop + "/employments", """
                {"personId":"%s","startedOn":"2023-08-01","monthlyPayFen":380000}""".formatted(person)).send();
        Reply again = staff.post("/api/v1/workshops/" + workshop + "/employments", """
                {"personId":"%s","startedOn":"2023-09-01"}""".formatted(person)).send();
        Reply beforeOpening = staff.post("/api/v1/workshops/" + workshop + "/employments", """
                {"personId":"%s","startedOn":"2021-08-01"}""".formatted(UUID.randomUUID())).send();

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(again.json().get("code").asString()).isEqualTo("ALREADY_EMPLOYED_HERE");
        assertThat(beforeOpening.json().get("code").asString()).isEqualTo("WORKSHOP_NOT_ACTIVE");
        String employment = started.json().get("id").asString();
        ConsumerRecord<String, String> announced = TopicReader.first(CommerceEvents.EMPLOYMENTS_TOPIC,
                record -> record.key().equals(employment), Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(CommerceEvents.EMPLOYMENT_STARTED, announced.value())).isEmpty();
        assertThat(announced.value()).contains("\"personId\":\"" + person + "\"", "\"monthlyPayFen\":380000");

        // training attributes it to a course and records an outcome naming it.
        UUID outcome = UUID.randomUUID();
        publishOutcome(outcome, person, UUID.fromString(employment), 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> outcome.toString().equals(
                staff.get("/api/v1/employments/" + employment).send().json().get("outcomeId").asString(null)));
        assertThat(employmentsOf(person).get("totalItems").asInt()).isEqualTo(1);

        Reply ended = staff.post("/api/v1/employments/" + employment + "/ending", "{\"endedOn\":\"2024-01-31\"}")
                .header("If-Match", "\"2\"").send();
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        ConsumerRecord<String, String> endedEvent = TopicReader.first(CommerceEvents.EMPLOYMENTS_TOPIC,
                record -> record.key().equals(employment) && record.value().contains(CommerceEvents.EMPLOYMENT_ENDED), Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(CommerceEvents.EMPLOYMENT_ENDED, endedEvent.value())).isEmpty();
    }

    @Test
    void theSameEmploymentPostedTwiceAtOnceIsRecordedOnce() throws Exception {
        UUID person = UUID.randomUUID();
        String body = """
                {"personId":"%s","startedOn":"2023-10-01","monthlyPayFen":300000}""".formatted(person);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                replies.add(callers.submit(() -> staff.post("/api/v1/workshops/" + workshop + "/employments", body).send()));
            }
        } finally {
            callers.shutdown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            statuses.add(reply.get().status());
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(employmentsOf(person).get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aWorkerWhoDidNotTrainIsRecordedOnceWithHerPhoneProtected() {
        Reply registered = staff.post("/api/v1/workers", """
                {"nameZh":"黄阿姨","phone":"13957600001","townCode":"HUANGTIANDIAN"}""").send();
        Reply samePhone = staff.post("/api/v1/workers", """
                {"nameZh":"黄阿姨","phone":"13957600001","townCode":"HUANGTIANDIAN"}""").send();
        String worker = registered.json().get("id").asString();
        Reply employed = staff.post("/api/v1/workshops/" + workshop + "/employments", """
                {"workerId":"%s","startedOn":"2023-08-01"}""".formatted(worker)).send();

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(employed.status()).isEqualTo(201);
        assertThat(jdbc.sql("select encode(phone_encrypted, 'escape') || phone_masked from worker where id = ?")
                .param(UUID.fromString(worker)).query(String.class).single()).doesNotContain("13957600001").contains("139****0001");
        assertThat(staff.get("/api/v1/workers?townCode=HUANGTIANDIAN").send().json().get("items").get(0).get("phone").asString())
                .isEqualTo("139****0001");
        ConsumerRecord<String, String> announced = TopicReader.first(CommerceEvents.EMPLOYMENTS_TOPIC,
                record -> record.key().equals(employed.json().get("id").asString()), Duration.ofSeconds(30));
        assertThat(announced.value()).contains("\"personId\":null").doesNotContain("黄阿姨", "13957600001");
    }

    private JsonNode employmentsOf(UUID person) {
        return staff.get("/api/v1/employments?personId=" + person).send().json();
    }

    /** As training-service publishes it, checked against its schema first. */
    private void publishOutcome(UUID outcome, UUID person, UUID employment, long revision) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"training-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":{"id":"%s","personId":"%s","courseId":"%s","employed":true,
                 "workshopId":"%s","employmentId":%s,"startedOn":"2023-07-01","monthlyIncomeBeforeFen":150000,
                 "monthlyIncomeAfterFen":420000,"townCode":"HUANGTIANDIAN","revision":%d}}"""
                .formatted(UUID.randomUUID(), TrainingEvents.OUTCOME_RECORDED, person, Instant.now(), outcome, person, UUID.randomUUID(),
                        workshop, employment == null ? "null" : "\"" + employment + "\"", revision);
        assertThat(EventSchemas.violations(TrainingEvents.OUTCOME_RECORDED, event)).isEmpty();
        EventPublisher.publish(TrainingEvents.OUTCOMES_TOPIC, person.toString(), event);
    }
}
