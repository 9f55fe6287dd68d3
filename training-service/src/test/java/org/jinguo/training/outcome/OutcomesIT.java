package org.jinguo.training.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.jinguo.training.Academy;
import org.jinguo.training.CommerceEventsAsPublished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class OutcomesIT {

    private static final String STARTS = "2023-06-03T09:00:00+08:00";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Academy academy;
    HttpApi staff;
    String course;
    String session;

    @BeforeEach
    void aHeldCourseInTangxian() {
        academy = new Academy(port, jdbc, "TANGXIAN");
        staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("TANGXIAN"));
        course = academy.course("SKILLS", 1, null);
        session = academy.openSession(course, STARTS, 40);
    }

    @Test
    void staffRecordWhereATraineeWorksAtAWorkshopCommerceAnnouncedAndCommerceLinksItsEmployment() {
        UUID workshop = UUID.randomUUID();
        CommerceEventsAsPublished.workshopOpened(workshop, "TANGXIAN", "2022-05-01");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from workshop_copy where id = ?").param(workshop)
                .query(Long.class).single() == 1);
        String trainee = academy.person("徐丽芳", "13957200001");
        academy.attended(session, STARTS, trainee);
        String stranger = academy.person("徐丽华", "13957200002");

        Reply recorded = staff.post("/api/v1/outcomes", """
                {"personId":"%s","courseId":"%s","employed":true,"workshopId":"%s","startedOn":"2023-07-01",
                 "monthlyIncomeBeforeFen":150000,"monthlyIncomeAfterFen":450000}""".formatted(trainee, course, workshop)).send();
        Reply unknownWorkshop = staff.post("/api/v1/outcomes", """
                {"personId":"%s","courseId":"%s","employed":true,"workshopId":"%s","startedOn":"2023-07-01"}"""
                .formatted(trainee, course, UUID.randomUUID())).send();
        Reply notTrained = staff.post("/api/v1/outcomes", """
                {"personId":"%s","courseId":"%s","employed":false}""".formatted(stranger, course)).send();
        Reply noWorkplace = staff.post("/api/v1/outcomes", """
                {"personId":"%s","courseId":"%s","employed":true,"startedOn":"2023-07-01"}""".formatted(trainee, course)).send();
        Reply otherTown = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN")).post("/api/v1/outcomes", """
                {"personId":"%s","courseId":"%s","employed":false}""".formatted(trainee, course)).send();

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(unknownWorkshop.status()).isEqualTo(400);
        assertThat(unknownWorkshop.json().get("errors").get(0).get("field").asString()).isEqualTo("workshopId");
        assertThat(notTrained.status()).isEqualTo(409);
        assertThat(notTrained.json().get("code").asString()).isEqualTo("NOT_A_TRAINEE");
        assertThat(noWorkplace.status()).isEqualTo(400);
        assertThat(otherTown.status()).isEqualTo(404);
        String outcome = recorded.json().get("id").asString();
        ConsumerRecord<String, String> published = TopicReader.first(TrainingEvents.OUTCOMES_TOPIC,
                record -> record.value().contains(outcome), Duration.ofSeconds(30));
        assertThat(published.key()).isEqualTo(trainee);
        assertThat(published.value()).doesNotContain("徐丽芳", "13957200001");
        assertThat(EventSchemas.violations(TrainingEvents.OUTCOME_RECORDED, published.value())).isEmpty();

        UUID employment = UUID.randomUUID();
        CommerceEventsAsPublished.employmentStarted(employment, workshop, UUID.fromString(trainee), UUID.fromString(outcome), "TANGXIAN",
                "2023-07-01", 450000);
        await().atMost(Duration.ofSeconds(30)).until(() -> employment.toString().equals(
                staff.get("/api/v1/outcomes/" + outcome).send().json().get("employmentId").asString(null)));
        CommerceEventsAsPublished.employmentEnded(employment, workshop, UUID.fromString(trainee), "2024-01-31");
        await().atMost(Duration.ofSeconds(30)).until(() -> "2024-01-31".equals(
                staff.get("/api/v1/outcomes/" + outcome).send().json().get("employmentEndedOn").asString(null)));
        assertThat(staff.get("/api/v1/outcomes?personId=" + trainee).send().json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void anEmploymentCommerceRecordsFirstIsOwedToTheLastCourseSheAttendedOnceEvenIfDeliveredTwice() {
        UUID workshop = UUID.randomUUID();
        CommerceEventsAsPublished.workshopOpened(workshop, "TANGXIAN", "2022-05-01");
        String trainee = academy.person("徐春燕", "13957200011");
        academy.attended(session, STARTS, trainee);
        UUID employment = UUID.randomUUID();
        UUID unknownWoman = UUID.randomUUID();

        UUID eventId = CommerceEventsAsPublished.employmentStarted(employment, workshop, UUID.fromString(trainee), null, "TANGXIAN",
                "2023-08-15", 380000);
        CommerceEventsAsPublished.redeliverEmploymentStarted(eventId, employment, workshop, UUID.fromString(trainee), "TANGXIAN",
                "2023-08-15", 380000);
        CommerceEventsAsPublished.employmentStarted(UUID.randomUUID(), workshop, unknownWoman, null, "TANGXIAN", "2023-08-15", 380000);
        CommerceEventsAsPublished.employmentStarted(UUID.randomUUID(), workshop, null, null, "TANGXIAN", "2023-08-15", 380000);
        // A later event on the same key: once it is applied, everything before it was too.
        UUID marker = UUID.randomUUID();
        CommerceEventsAsPublished.employmentEnded(marker, workshop, null, "2023-09-01");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from inbox_event where consumer = 'employment'")
                .query(Long.class).single() >= 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> staff.get("/api/v1/outcomes?personId=" + trainee).send().json()
                .get("totalItems").asInt() == 1);

        JsonNode owed = staff.get("/api/v1/outcomes?personId=" + trainee).send().json().get("items").get(0);
        assertThat(owed.get("courseId").asString()).isEqualTo(course);
        assertThat(owed.get("employmentId").asString()).isEqualTo(employment.toString());
        assertThat(owed.get("monthlyIncomeAfterFen").asLong()).isEqualTo(380000);
        assertThat(owed.get("monthlyIncomeBeforeFen").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from outcome where employment_id = ?").param(employment).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outcome where person_id = ?").param(unknownWoman).query(Long.class).single()).isZero();
    }
}
