package org.jinguo.care.helper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jinguo.care.CareDesk;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Good helpers and what they are attached to, through the REST API. */
@ServiceIntegrationTest
class HelperIT {

    private static final LocalDate TODAY = BusinessDates.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHelperIsShownMaskedAttachedToAMotherAndAChildDetachedAndOnLeavingDetachedFromAll() {
        CareDesk desk = new CareDesk(port, jdbc, "PINGQIAO");
        String mother = desk.activeMother("平秀英", "[\"DAILY_CARE\"]", 1, null);
        String child = desk.child("平小桥", 2015, "2024-01-10", null);
        String helper = desk.helper("平同学", "helper-pingqiao");

        JsonNode shown = desk.admin().get("/api/v1/helpers/" + helper).send().json();
        assertThat(shown.get("personal").get("name").asString()).isEqualTo("平*学");
        assertThat(shown.get("personal").get("phone").asString()).isEqualTo("139****0456");
        assertThat(shown.get("kind").asString()).isEqualTo("STUDENT_VOLUNTEER");
        assertThat(desk.admin().get("/api/v1/helpers?townCode=PINGQIAO&kind=STUDENT_VOLUNTEER").send().json().get("items")
                .findValuesAsString("id")).containsExactly(helper);
        assertThat(desk.admin().get("/api/v1/helpers?townCode=PINGQIAO&kind=CARING_MERCHANT").send().json().get("totalItems").asLong()).isZero();

        Reply toMother = attach(desk.admin(), helper, "motherId", mother, TODAY.minusDays(10));
        Reply toChild = attach(desk.admin(), helper, "childId", child, TODAY.minusDays(5));
        assertThat(toMother.status()).isEqualTo(201);
        String motherAttachment = toMother.json().get("id").asString();
        assertThat(toMother.header("Location")).endsWith("/api/v1/helper-attachments/" + motherAttachment);
        assertThat(toChild.json().get("childId").asString()).isEqualTo(child);
        assertThat(CareDesk.problem(attach(desk.admin(), helper, "motherId", mother, TODAY), 409)).isEqualTo("ALREADY_ATTACHED");

        Reply detached = desk.admin().post("/api/v1/helper-attachments/" + motherAttachment + "/detachment",
                "{\"detachedOn\":\"%s\"}".formatted(TODAY.minusDays(1))).send();
        assertThat(detached.status()).isEqualTo(200);
        assertThat(detached.json().get("detachedOn").asString()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helper-attachments/" + motherAttachment + "/detachment",
                "{\"detachedOn\":\"%s\"}".formatted(TODAY)).send(), 409)).isEqualTo("ALREADY_DETACHED");
        assertThat(attach(desk.admin(), helper, "motherId", mother, TODAY).status()).as("attached anew after a detachment").isEqualTo(201);

        Reply left = desk.admin().post("/api/v1/helpers/" + helper + "/leaving", "{\"leftOn\":\"%s\"}".formatted(TODAY)).send();
        assertThat(left.status()).isEqualTo(200);
        assertThat(left.json().get("leftOn").asString()).isEqualTo(TODAY.toString());
        JsonNode attachments = desk.admin().get("/api/v1/helpers/" + helper + "/attachments").send().json();
        assertThat(attachments.size()).isEqualTo(3);
        for (JsonNode attachment : attachments) {
            assertThat(attachment.get("detachedOn").isNull()).as("every attachment ended").isFalse();
        }
        assertThat(CareDesk.problem(attach(desk.admin(), helper, "childId", child, TODAY), 409)).isEqualTo("HELPER_LEFT");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers/" + helper + "/leaving", "{\"leftOn\":\"%s\"}".formatted(TODAY)).send(),
                409)).isEqualTo("HELPER_LEFT");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers", """
                {"kind":"CARING_MERCHANT","name":"平老板","accountSubject":"helper-pingqiao","townCode":"PINGQIAO"}""").send(), 409))
                .as("one helper record per login").isEqualTo("ACCOUNT_TAKEN");
    }

    @Test
    void helpersAreKeptByStaffOfTheirTownAndAnotherTownsAnswerAsIfTheyDidNotExist() {
        CareDesk desk = new CareDesk(port, jdbc, "JIETOU");
        CareDesk otherTown = new CareDesk(port, jdbc, "DACHEN");
        HttpApi ours = desk.as(TestTokens.townStaff("JIETOU"));
        HttpApi theirs = desk.as(TestTokens.townStaff("DACHEN"));
        String helper = CareDesk.created(ours.post("/api/v1/helpers", """
                {"kind":"YOUNG_SOCIAL_WORKER","name":"街社工","accountSubject":"helper-jietou","townCode":"JIETOU"}""").send());
        String attachment = CareDesk.created(attach(ours, helper, "childId", desk.child("街小头", 2016, "2024-01-10", null), TODAY));
        String theirMother = otherTown.activeMother("陈秀珍", "[\"TUTORING\"]", 1, null);
        long attachments = desk.rows("helper_attachment");

        assertThat(desk.as(null).get("/api/v1/helpers/" + helper).send().status()).isEqualTo(401);
        assertThat(desk.as(null).post("/api/v1/helper-attachments/" + attachment + "/detachment", "{\"detachedOn\":\"%s\"}".formatted(TODAY))
                .send().status()).isEqualTo(401);
        assertThat(desk.as(TestTokens.user("helper-jietou", "HELPER", null)).get("/api/v1/helpers/" + helper).send().status())
                .as("a helper does not read the helpers' records, not even her own").isEqualTo(403);
        for (String token : new String[] {TestTokens.user("mother-jietou", "CARING_MOTHER", null), TestTokens.role("JUDGE", null),
                TestTokens.partnerClient("shiguang-center", "care.read", "care.write")}) {
            assertThat(desk.as(token).get("/api/v1/helpers").send().status()).isEqualTo(403);
        }

        assertThat(ours.get("/api/v1/helpers/" + helper).send().status()).isEqualTo(200);
        assertThat(CareDesk.problem(theirs.get("/api/v1/helpers/" + helper).send(), 404)).isEqualTo("HELPER_NOT_FOUND");
        assertThat(theirs.get("/api/v1/helpers/" + helper + "/attachments").send().status()).isEqualTo(404);
        assertThat(theirs.post("/api/v1/helpers/" + helper + "/leaving", "{\"leftOn\":\"%s\"}".formatted(TODAY)).send().status()).isEqualTo(404);
        assertThat(theirs.post("/api/v1/helper-attachments/" + attachment + "/detachment", "{\"detachedOn\":\"%s\"}".formatted(TODAY)).send()
                .status()).isEqualTo(404);
        assertThat(attach(theirs, helper, "motherId", theirMother, TODAY).status()).isEqualTo(404);
        assertThat(CareDesk.problem(attach(ours, helper, "motherId", theirMother, TODAY), 404)).as("another town's mother")
                .isEqualTo("MOTHER_NOT_FOUND");
        assertThat(CareDesk.problem(theirs.get("/api/v1/helpers?townCode=JIETOU").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(theirs.get("/api/v1/helpers").send().json().get("items").findValuesAsString("id")).doesNotContain(helper);
        assertThat(CareDesk.problem(theirs.post("/api/v1/helpers", """
                {"kind":"CARING_MERCHANT","name":"陈老板","townCode":"JIETOU"}""").send(), 403)).isEqualTo("OTHER_TOWN");

        assertThat(desk.rows("helper_attachment")).isEqualTo(attachments);
        assertThat(desk.admin().get("/api/v1/helpers/" + helper).send().json().get("leftOn").isNull()).isTrue();
    }

    @Test
    void aBadHelperAttachmentOrDateIsRefusedAndChangesNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "QIANJIANG");
        String mother = desk.activeMother("钱江英", "[\"DAILY_CARE\"]", 1, null);
        String child = desk.child("钱小江", 2015, "2024-01-10", null);
        String helper = CareDesk.created(desk.admin().post("/api/v1/helpers", """
                {"kind":"STUDENT_VOLUNTEER","name":"钱同学","townCode":"QIANJIANG","registeredOn":"%s"}""".formatted(TODAY.minusDays(30))).send());
        String attachment = CareDesk.created(attach(desk.admin(), helper, "childId", child, TODAY.minusDays(3)));
        long helpers = desk.rows("helper");
        long attachments = desk.rows("helper_attachment");

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers", """
                {"kind":"STUDENT_VOLUNTEER","name":"钱未来","townCode":"QIANJIANG","registeredOn":"%s"}""".formatted(TODAY.plusDays(1))).send(), 400))
                .isEqualTo("registeredOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers", """
                {"kind":"STUDENT_VOLUNTEER","name":"钱同学","phone":"0576-1234","townCode":"QIANJIANG"}""").send(), 400)).startsWith("phone ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers", """
                {"kind":"STUDENT_VOLUNTEER","name":"钱同学","townCode":"NOWHERE"}""").send(), 400)).isEqualTo("townCode UNKNOWN_TOWN");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers", """
                {"kind":"NEIGHBOUR","name":"钱同学","townCode":"QIANJIANG"}""").send(), 400)).isNotBlank();
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers/" + helper + "/attachments", """
                {"motherId":"%s","childId":"%s","attachedOn":"%s"}""".formatted(mother, child, TODAY)).send(), 400))
                .isEqualTo("motherId MOTHER_OR_CHILD");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers/" + helper + "/attachments", "{\"attachedOn\":\"%s\"}".formatted(TODAY))
                .send(), 400)).isEqualTo("motherId MOTHER_OR_CHILD");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helper-attachments/" + attachment + "/detachment",
                "{\"detachedOn\":\"%s\"}".formatted(TODAY.minusDays(4))).send(), 400)).isEqualTo("detachedOn BEFORE_ATTACHED");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/helpers/" + helper + "/leaving",
                "{\"leftOn\":\"%s\"}".formatted(TODAY.minusDays(31))).send(), 400)).isEqualTo("leftOn BEFORE_REGISTRATION");

        assertThat(desk.rows("helper")).isEqualTo(helpers);
        assertThat(desk.rows("helper_attachment")).isEqualTo(attachments);
        JsonNode shown = desk.admin().get("/api/v1/helpers/" + helper + "/attachments").send().json();
        assertThat(shown.get(0).get("detachedOn").isNull()).as("still attached").isTrue();
        assertThat(desk.admin().get("/api/v1/helpers/" + helper).send().json().get("leftOn").isNull()).isTrue();
    }

    private static Reply attach(HttpApi api, String helper, String to, String id, LocalDate on) {
        return api.post("/api/v1/helpers/" + helper + "/attachments", "{\"%s\":\"%s\",\"attachedOn\":\"%s\"}".formatted(to, id, on)).send();
    }
}
