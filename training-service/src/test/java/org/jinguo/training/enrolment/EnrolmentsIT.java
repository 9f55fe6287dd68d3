package org.jinguo.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.jinguo.training.Academy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class EnrolmentsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Academy academy;
    HttpApi staff;

    @BeforeEach
    void anAcademyInHuaxi() {
        academy = new Academy(port, jdbc, "HUAXI");
        staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("HUAXI"));
    }

    @Test
    void placesGoFirstComeFirstServedAndTheFirstWaitingMovesUpWhenSomeoneCancels() {
        String session = academy.openSession(academy.course("SKILLS", 1, null), "2099-03-01T09:00:00+08:00", 2);
        List<String> women = List.of(academy.person("胡一", "13957100001"), academy.person("胡二", "13957100002"),
                academy.person("胡三", "13957100003"), academy.person("胡四", "13957100004"));

        List<Reply> enrolled = women.stream().map(woman -> enrol(session, woman)).toList();
        Reply again = enrol(session, women.get(1));
        JsonNode full = staff.get("/api/v1/sessions/" + session).send().json();

        assertThat(enrolled).extracting(reply -> reply.json().get("status").asString())
                .containsExactly("ENROLLED", "ENROLLED", "WAITING", "WAITING");
        assertThat(enrolled.get(3).json().get("waitingPosition").asInt()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("ALREADY_ENROLLED");
        assertThat(full.get("status").asString()).isEqualTo("FULL");
        assertThat(full.get("placesTaken").asInt()).isEqualTo(2);

        Reply cancelled = staff.post("/api/v1/enrolments/" + id(enrolled.get(0)) + "/cancellation", "").send();
        Reply cancelledTwice = staff.post("/api/v1/enrolments/" + id(enrolled.get(0)) + "/cancellation", "").send();

        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelledTwice.status()).isEqualTo(409);
        assertThat(status(enrolled.get(2))).as("the first waiting moved up").isEqualTo("ENROLLED");
        assertThat(staff.get("/api/v1/enrolments/" + id(enrolled.get(3))).send().json().get("waitingPosition").asInt()).isEqualTo(1);
        Reply rejoined = enrol(session, women.get(0));
        assertThat(rejoined.json().get("status").asString()).as("back at the end of the list").isEqualTo("WAITING");
        assertThat(rejoined.json().get("waitingPosition").asInt()).isEqualTo(2);

        Reply cut = staff.put("/api/v1/sessions/" + session, """
                {"startsAt":"2099-03-01T09:00:00+08:00","endsAt":"2099-03-01T11:00:00+08:00","online":false,"place":"文化礼堂","capacity":1}""")
                .header("If-Match", "\"2\"").send();
        Reply widened = staff.put("/api/v1/sessions/" + session, """
                {"startsAt":"2099-03-01T09:00:00+08:00","endsAt":"2099-03-01T11:00:00+08:00","online":false,"place":"文化礼堂","capacity":4}""")
                .header("If-Match", "\"2\"").send();

        assertThat(cut.status()).isEqualTo(409);
        assertThat(cut.json().get("code").asString()).isEqualTo("CAPACITY_BELOW_PLACES_TAKEN");
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        assertThat(widened.json().get("placesTaken").asInt()).isEqualTo(4);
        assertThat(widened.json().get("status").asString()).isEqualTo("FULL");
        assertThat(status(enrolled.get(3))).isEqualTo("ENROLLED");
        assertThat(status(rejoined)).isEqualTo("ENROLLED");
        JsonNode roll = staff.get("/api/v1/enrolments?sessionId=" + session + "&status=ENROLLED").send().json();
        assertThat(roll.get("totalItems").asInt()).isEqualTo(4);
    }

    @Test
    void aPhoneSyncsOnlyTheSessionsAndEnrolmentsThatChangedSinceItsLastSync() {
        String course = academy.course("SKILLS", 1, null);
        String quiet = academy.openSession(course, "2099-04-01T09:00:00+08:00", 5);
        String busy = academy.openSession(course, "2099-04-02T09:00:00+08:00", 5);
        String woman = academy.person("胡五", "13957100005");
        String earlier = id(enrol(busy, woman));
        String untouched = id(enrol(quiet, woman));
        String lastSync = URLEncoder.encode(jdbc.sql("select now()").query(OffsetDateTime.class).single().toString(), StandardCharsets.UTF_8);

        String later = id(enrol(busy, academy.person("胡六", "13957100006")));
        staff.post("/api/v1/enrolments/" + earlier + "/cancellation", "").send();

        assertThat(staff.get("/api/v1/courses/" + course + "/sessions?updatedSince=" + lastSync).send().json().get("items")
                .findValuesAsString("id")).as("its places taken changed, the other's did not").containsExactly(busy);
        assertThat(staff.get("/api/v1/courses/" + course + "/sessions").send().json().get("items").findValuesAsString("id"))
                .containsExactly(quiet, busy);
        assertThat(staff.get("/api/v1/enrolments?personId=" + woman + "&updatedSince=" + lastSync).send().json().get("items")
                .findValuesAsString("id")).as("cancelled since; %s unchanged", untouched).containsExactly(earlier);
        assertThat(staff.get("/api/v1/enrolments?sessionId=" + busy + "&updatedSince=" + lastSync).send().json().get("items")
                .findValuesAsString("id")).containsExactly(earlier, later);
        Reply nonsense = staff.get("/api/v1/enrolments?personId=" + woman + "&updatedSince=yesterday").send();
        Reply farOff = staff.get("/api/v1/courses/" + course + "/sessions?updatedSince=%2B300000-01-01T00:00:00Z").send();
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(nonsense.json().at("/errors/0/code").asString()).isEqualTo("INVALID_MOMENT");
        assertThat(farOff.status()).as("a year the database cannot compare with").isEqualTo(400);
        assertThat(farOff.json().at("/errors/0/code").asString()).isEqualTo("MOMENT_OUT_OF_RANGE");
    }

    @Test
    void enrolmentClosesWhenTheSessionStartsButPastRecordsAreImportedAndAttendanceCompletesTheCourse() {
        String course = academy.course("SKILLS", 2, "HOME_CATERING");
        String first = academy.openSession(course, "2023-04-01T09:00:00+08:00", 30);
        String second = academy.openSession(course, "2023-04-08T09:00:00+08:00", 30);
        String woman = academy.person("应小芳", "13957100011");
        HttpApi admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());

        Reply now = enrol(first, woman);
        Reply importedByTownStaff = staff.post("/api/v1/sessions/" + first + "/enrolments", """
                {"personId":"%s","requestedAt":"2023-03-20T10:00:00+08:00"}""".formatted(woman)).send();
        Reply importedTooLate = admin.post("/api/v1/sessions/" + first + "/enrolments", """
                {"personId":"%s","requestedAt":"2023-04-01T09:00:00+08:00"}""".formatted(woman)).send();
        String atFirst = id(admin.post("/api/v1/sessions/" + first + "/enrolments", """
                {"personId":"%s","requestedAt":"2023-03-20T10:00:00+08:00"}""".formatted(woman)).send());
        String atSecond = id(admin.post("/api/v1/sessions/" + second + "/enrolments", """
                {"personId":"%s","requestedAt":"2023-03-20T10:00:00+08:00"}""".formatted(woman)).send());

        assertThat(now.status()).isEqualTo(409);
        assertThat(now.json().get("code").asString()).isEqualTo("ENROLMENT_CLOSED");
        assertThat(importedByTownStaff.status()).isEqualTo(403);
        assertThat(importedByTownStaff.json().get("code").asString()).isEqualTo("IMPORT_NOT_ALLOWED");
        assertThat(importedTooLate.json().get("code").asString()).isEqualTo("ENROLMENT_CLOSED");

        Reply earlyCheckIn = staff.post("/api/v1/enrolments/" + atFirst + "/attendance", """
                {"checkedInAt":"2023-04-01T07:00:00+08:00"}""").send();
        Reply checkedIn = staff.post("/api/v1/enrolments/" + atFirst + "/attendance", """
                {"checkedInAt":"2023-04-01T08:50:00+08:00"}""").send();
        Reply checkedInAgain = staff.post("/api/v1/enrolments/" + atFirst + "/attendance", """
                {"checkedInAt":"2023-04-01T09:30:00+08:00"}""").send();

        assertThat(earlyCheckIn.json().get("code").asString()).isEqualTo("CHECK_IN_NOT_OPEN");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        assertThat(checkedInAgain.json().get("checkedInAt").asString()).isEqualTo(checkedIn.json().get("checkedInAt").asString());
        assertThat(checkedInAgain.header("ETag")).isEqualTo(checkedIn.header("ETag"));
        assertThat(staff.get("/api/v1/completions?personId=" + woman).send().json().get("totalItems").asInt())
                .as("one of the two sessions the course asks for").isZero();

        staff.post("/api/v1/enrolments/" + atSecond + "/attendance", "{\"checkedInAt\":\"2023-04-08T09:05:00+08:00\"}").send();
        JsonNode completion = staff.get("/api/v1/completions?personId=" + woman).send().json().get("items").get(0);
        String number = completion.get("certificateNumber").asString();
        Reply verified = HttpApi.onLocalPort(port).get("/api/v1/certificates/" + number).send();
        Reply forged = HttpApi.onLocalPort(port).get("/api/v1/certificates/YK-TRN-2023-999999").send();

        assertThat(completion.get("completedOn").asString()).isEqualTo("2023-04-08");
        assertThat(number).matches("YK-TRN-2023-\\d{6}");
        assertThat(verified.status()).as("no token needed").isEqualTo(200);
        assertThat(verified.json().get("holderName").asString()).isEqualTo("应*芳");
        assertThat(forged.status()).isEqualTo(404);

        ConsumerRecord<String, String> completed = TopicReader.first(TrainingEvents.COMPLETIONS_TOPIC,
                record -> record.value().contains(number) && record.value().contains(TrainingEvents.COMPLETION_RECORDED),
                Duration.ofSeconds(30));
        assertThat(completed.key()).isEqualTo(woman);
        assertThat(completed.value()).contains("\"programmeCode\":\"HOME_CATERING\"").doesNotContain("应小芳", "13957100011");
        assertThat(EventSchemas.violations(TrainingEvents.COMPLETION_RECORDED, completed.value())).isEmpty();
        ConsumerRecord<String, String> issued = TopicReader.first(TrainingEvents.COMPLETIONS_TOPIC,
                record -> record.value().contains(number) && record.value().contains(TrainingEvents.CERTIFICATE_ISSUED),
                Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(TrainingEvents.CERTIFICATE_ISSUED, issued.value())).isEmpty();
        ConsumerRecord<String, String> attended = TopicReader.first(TrainingEvents.ENROLMENTS_TOPIC,
                record -> record.value().contains(atSecond) && record.value().contains("\"attended\":true"), Duration.ofSeconds(30));
        assertThat(attended.key()).isEqualTo(second);
        assertThat(EventSchemas.violations(TrainingEvents.ENROLMENT_CHANGED, attended.value())).isEmpty();
    }

    @Test
    void aResidentEnrolsAndChecksInHerselfOnly() {
        String session = academy.openSession(academy.course("FAMILY_EDUCATION", 1, null), "2099-05-01T09:00:00+08:00", 10);
        HttpApi resident = HttpApi.onLocalPort(port).as(TestTokens.user("resident-enrolments", "RESIDENT", null));
        String herself = id(resident.post("/api/v1/people", """
                {"nameZh":"吕小梅","phone":"13957100021","townCode":"HUAXI"}""").send());
        String neighbour = academy.person("吕大梅", "13957100022");

        Reply own = resident.post("/api/v1/sessions/" + session + "/enrolments", "{\"personId\":\"%s\"}".formatted(herself)).send();
        Reply forNeighbour = resident.post("/api/v1/sessions/" + session + "/enrolments", "{\"personId\":\"%s\"}".formatted(neighbour))
                .send();
        String neighbours = id(enrol(session, neighbour));
        Reply roll = resident.get("/api/v1/enrolments?sessionId=" + session).send();
        Reply herList = resident.get("/api/v1/enrolments?personId=" + herself).send();
        Reply backdated = resident.post("/api/v1/enrolments/" + id(own) + "/attendance", """
                {"checkedInAt":"2099-05-01T09:10:00+08:00"}""").send();
        Reply tooEarly = resident.post("/api/v1/enrolments/" + id(own) + "/attendance", "").send();

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(forNeighbour.status()).isEqualTo(404);
        assertThat(resident.get("/api/v1/enrolments/" + neighbours).send().status()).isEqualTo(404);
        assertThat(resident.post("/api/v1/enrolments/" + neighbours + "/cancellation", "").send().status()).isEqualTo(404);
        assertThat(roll.status()).isEqualTo(403);
        assertThat(herList.json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(backdated.status()).isEqualTo(403);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("CHECK_IN_NOT_OPEN");
        assertThat(resident.post("/api/v1/enrolments/" + id(own) + "/cancellation", "").send().json().get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN")).get("/api/v1/enrolments?sessionId=" + session).send()
                .status()).isEqualTo(403);

        String past = academy.openSession(academy.course("FAMILY_EDUCATION", 1, null), "2023-05-01T09:00:00+08:00", 10);
        String imported = id(HttpApi.onLocalPort(port).as(TestTokens.cityAdmin()).post("/api/v1/sessions/" + past + "/enrolments", """
                {"personId":"%s","requestedAt":"2023-04-20T09:00:00+08:00"}""".formatted(herself)).send());
        Reply afterTheEnd = resident.post("/api/v1/enrolments/" + imported + "/attendance", "").send();
        assertThat(afterTheEnd.json().get("code").asString()).as("only staff record attendance afterwards").isEqualTo("CHECK_IN_CLOSED");
    }

    private Reply enrol(String session, String person) {
        return staff.post("/api/v1/sessions/" + session + "/enrolments", "{\"personId\":\"%s\"}".formatted(person)).send();
    }

    private String status(Reply enrolment) {
        return staff.get("/api/v1/enrolments/" + id(enrolment)).send().json().get("status").asString();
    }

    private static String id(Reply reply) {
        if (reply.status() >= 300) {
            throw new IllegalStateException(reply.toString());
        }
        return reply.json().get("id").asString();
    }
}
