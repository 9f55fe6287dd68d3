package org.jinguo.care.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.care.CareDesk;
import org.jinguo.care.RawTables;
import org.jinguo.events.care.CareEvents;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Children's cases and the protection of their personal data (docs/architecture.md §5), through the REST API. */
@ServiceIntegrationTest
class ChildrenIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void personalDataIsSealedAtRestMaskedInAnswersAndRevealedOnlyWithAPurposeThatIsLogged() {
        CareDesk desk = new CareDesk(port, jdbc, "GUSHAN");
        String idNumber = CareDesk.idNumber(LocalDate.of(2014, 3, 8), 17);
        String child = desk.child("应小芳", 2014, "2024-01-10", idNumber);

        JsonView shown = new JsonView(desk.admin().get("/api/v1/children/" + child).send());
        assertThat(shown.reply().status()).isEqualTo(200);
        assertThat(shown.text("caseNumber")).matches("CC-2024-\\d{6}");
        assertThat(shown.personal("name")).isEqualTo("应*芳");
        assertThat(shown.personal("idNumber")).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(shown.personal("phone")).isEqualTo("139****0001");
        assertThat(shown.personal("address")).isEqualTo("***");
        assertThat(shown.personal("healthNotes")).isEqualTo("***");
        assertThat(shown.reply().body()).doesNotContain("应小芳", idNumber, "13905790001", "前溪村", "哮喘");

        assertThat(RawTables.rowsHolding(jdbc, "应小芳", idNumber, "13905790001", "前溪村12号", "胡奶奶", "13905790002", "哮喘"))
                .as("no table, audit trail or outbox included, holds a clear value").isEmpty();

        Reply refused = desk.admin().post("/api/v1/children/" + child + "/personal-data/reveal", "{}").send();
        assertThat(refused.status()).isEqualTo(400);
        Reply revealed = HttpApi.onLocalPort(port).as(TestTokens.user("staff-hu", "CARE_STAFF", null))
                .post("/api/v1/children/" + child + "/personal-data/reveal", "{\"purpose\":\"联系监护人安排体检\"}").send();
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.header("Cache-Control")).contains("no-store");
        assertThat(revealed.json().get("name").asString()).isEqualTo("应小芳");
        assertThat(revealed.json().get("healthNotes").asString()).isEqualTo("哮喘，需随身带药");

        Reply log = desk.admin().get("/api/v1/personal-data-accesses?recordId=" + child).send();
        assertThat(log.json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(log.json().get("items").get(0).get("subject").asString()).isEqualTo("staff-hu");
        assertThat(log.json().get("items").get(0).get("purpose").asString()).isEqualTo("联系监护人安排体检");
        assertThatThrownBy(() -> jdbc.sql("delete from personal_data_access").update()).as("the access log is append-only")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aCaseIsCorrectedWithoutItsPersonalDataInClearAndTheKeptIdNumberStillStatesTheBirthYear() {
        CareDesk desk = new CareDesk(port, jdbc, "GUSHAN");
        String child = desk.child("应小燕", 2014, "2024-01-10", CareDesk.idNumber(LocalDate.of(2014, 5, 9), 23));
        String etag = desk.admin().get("/api/v1/children/" + child).send().header("ETag");
        String profile = """
                {"category":"LEFT_BEHIND","birthYear":%d,"guardianRelation":"GRANDPARENT","school":"古山镇第二小学","townCode":"GUSHAN"}""";

        Reply otherYear = desk.admin().put("/api/v1/children/" + child, profile.formatted(2015)).header("If-Match", etag).send();
        Reply corrected = desk.admin().put("/api/v1/children/" + child, profile.formatted(2014)).header("If-Match", etag).send();

        assertThat(otherYear.status()).isEqualTo(400);
        assertThat(otherYear.json().get("errors").get(0).get("code").asString()).isEqualTo("BIRTH_YEAR_NOT_IN_ID_NUMBER");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("school").asString()).isEqualTo("古山镇第二小学");
        assertThat(corrected.json().get("personal").get("name").asString()).as("kept, and answered masked").isEqualTo("应*燕");
        assertThat(desk.admin().post("/api/v1/children/" + child + "/personal-data/reveal", "{\"purpose\":\"核对更正后的档案\"}").send()
                .json().get("guardianPhone").asString()).isEqualTo("13905790002");
    }

    @Test
    void staffFindACaseByIdNumberOrPhoneThroughKeyedHashesAndAChildIsRegisteredOnce() {
        CareDesk desk = new CareDesk(port, jdbc, "FANGYAN");
        String idNumber = CareDesk.idNumber(LocalDate.of(2013, 5, 20), 41);
        String child = desk.child("胡小军", 2013, "2024-02-01", idNumber);

        Reply found = desk.admin().get("/api/v1/children?idNumber=" + idNumber).send();
        assertThat(found.json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(found.json().get("items").get(0).get("id").asString()).isEqualTo(child);
        assertThat(desk.admin().get("/api/v1/children?idNumber=" + CareDesk.idNumber(LocalDate.of(2013, 5, 20), 42)).send()
                .json().get("totalItems").asLong()).isZero();
        String anHourAgo = URLEncoder.encode(OffsetDateTime.now().minusHours(1).toString(), StandardCharsets.UTF_8);
        String inAnHour = URLEncoder.encode(OffsetDateTime.now().plusHours(1).toString(), StandardCharsets.UTF_8);
        assertThat(desk.admin().get("/api/v1/children?townCode=FANGYAN&updatedSince=" + anHourAgo).send().json()
                .get("items").findValuesAsString("id")).as("registered since").contains(child);
        assertThat(desk.admin().get("/api/v1/children?townCode=FANGYAN&updatedSince=" + inAnHour).send().json()
                .get("totalItems").asLong()).as("nothing changed after").isZero();

        Reply again = desk.admin().post("/api/v1/children", """
                {"category":"IN_DIFFICULTY","birthYear":2013,"guardianRelation":"PARENT","townCode":"FANGYAN",
                 "personal":{"name":"胡军","idNumber":"%s"}}""".formatted(idNumber)).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("CHILD_ALREADY_REGISTERED");
        Reply wrongYear = desk.admin().post("/api/v1/children", """
                {"category":"IN_DIFFICULTY","birthYear":2012,"guardianRelation":"PARENT","townCode":"FANGYAN",
                 "personal":{"name":"胡军","idNumber":"%s"}}""".formatted(CareDesk.idNumber(LocalDate.of(2013, 5, 20), 43))).send();
        assertThat(wrongYear.status()).isEqualTo(400);
        assertThat(wrongYear.body()).contains("birthYear");
    }

    @Test
    void aPartnerSeesOnlyCasesWhoseConsentToShareHoldsAndAWithdrawalIsAnnouncedWithoutPersonalData() {
        CareDesk desk = new CareDesk(port, jdbc, "DASHI");
        String shared = desk.waitingChild("王小明", 2015, "{\"dailyCare\":\"HIGH\",\"education\":\"LOW\",\"social\":\"NONE\"}", true);
        String notShared = desk.waitingChild("王小红", 2016, "{\"dailyCare\":\"LOW\",\"education\":\"LOW\",\"social\":\"LOW\"}", false);
        HttpApi partner = HttpApi.onLocalPort(port).as(TestTokens.partnerClient("shiguang-center", "care.read"));

        assertThat(partner.get("/api/v1/children/" + shared).send().status()).isEqualTo(200);
        assertThat(partner.get("/api/v1/children/" + shared).send().json().get("personal").get("name").asString()).isEqualTo("王*明");
        assertThat(partner.get("/api/v1/children/" + notShared).send().status()).isEqualTo(404);
        assertThat(partner.get("/api/v1/children?townCode=DASHI").send().json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(partner.post("/api/v1/children/" + shared + "/personal-data/reveal", "{\"purpose\":\"转介服务\"}").send().status())
                .isEqualTo(403);
        Reply unshared = desk.admin().post("/api/v1/children/" + notShared + "/referrals",
                "{\"partnerClientId\":\"shiguang-center\",\"kind\":\"COUNSELLING\"}").send();
        assertThat(unshared.status()).isEqualTo(409);
        assertThat(unshared.json().get("code").asString()).isEqualTo("NO_SHARING_CONSENT");
        String referral = CareDesk.created(desk.admin().post("/api/v1/children/" + shared + "/referrals",
                "{\"partnerClientId\":\"shiguang-center\",\"kind\":\"COUNSELLING\"}").send());
        assertThat(partner.get("/api/v1/referrals").send().json().get("items").findValuesAsString("id")).contains(referral);
        HttpApi answering = HttpApi.onLocalPort(port).as(TestTokens.partnerClient("shiguang-center", "care.read", "care.write"));
        assertThat(answering.post("/api/v1/referrals/" + referral + "/acceptance", "").header("If-Match", "\"1\"").send().json()
                .get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.partnerClient("another-agency", "care.read", "care.write"))
                .post("/api/v1/referrals/" + referral + "/declining", "").header("If-Match", "\"2\"").send().status())
                .as("another agency's referral").isEqualTo(404);

        Reply withdrawn = desk.admin().post("/api/v1/children/" + shared + "/consent-withdrawals",
                "{\"consent\":\"SHARING\",\"withdrawnOn\":\"%s\"}".formatted(BusinessDates.today())).header("If-Match", desk.etag("/api/v1/children/" + shared))
                .send();
        assertThat(withdrawn.status()).isEqualTo(200);

        assertThat(partner.get("/api/v1/children/" + shared).send().status()).isEqualTo(404);
        assertThat(partner.get("/api/v1/children?townCode=DASHI").send().json().get("totalItems").asLong()).isZero();
        assertThat(partner.get("/api/v1/referrals").send().json().get("items").findValuesAsString("id")).doesNotContain(referral);
        assertThat(desk.admin().get("/api/v1/referrals?childId=" + shared).send().json().get("items").get(0).get("status").asString())
                .isEqualTo("WITHDRAWN");
        ConsumerRecord<String, String> event = TopicReader.first(CareEvents.CHILDREN_TOPIC,
                record -> record.key().equals(shared) && record.value().contains(CareEvents.CONSENT_WITHDRAWN), Duration.ofSeconds(20));
        assertThat(EventSchemas.violations(CareEvents.CONSENT_WITHDRAWN, event.value())).isEmpty();
        ConsumerRecord<String, String> registered = TopicReader.first(CareEvents.CHILDREN_TOPIC,
                record -> record.key().equals(shared) && record.value().contains(CareEvents.CHILD_REGISTERED), Duration.ofSeconds(20));
        assertThat(EventSchemas.violations(CareEvents.CHILD_REGISTERED, registered.value())).isEmpty();
        assertThat(registered.value() + event.value()).doesNotContain("王小明", "13905790001", "前溪村");
    }

    @Test
    void erasingAClosedCaseAfterItsRetentionDestroysOnlyItsKeyAndKeepsItsFigures() {
        CareDesk desk = new CareDesk(port, jdbc, "QIANCANG");
        String mother = desk.activeMother("钱惠珍", "[\"DAILY_CARE\"]", 1, null);
        String old = desk.waitingChild("李小花", 2008, "{\"dailyCare\":\"HIGH\",\"education\":\"NONE\",\"social\":\"NONE\"}", false,
                LocalDate.of(2019, 3, 1));
        desk.confirmedMatch(old, mother, LocalDate.of(2019, 4, 1));
        CareDesk.require(desk.admin().post("/api/v1/children/" + old + "/visits", """
                {"kind":"HOME_VISIT","visitedOn":"2019-05-10","durationMinutes":60,"notes":"检查暑假作业"}""").send(), 201);
        String other = desk.child("李小草", 2009, "2019-03-01", null);
        String recent = desk.child("李小树", 2012, "2024-03-01", null);
        close(desk, old, "2019-12-31");
        close(desk, recent, BusinessDates.today().minusDays(1).toString());
        Reply closedBefore = desk.admin().get("/api/v1/children?townCode=QIANCANG&status=CLOSED").send();
        String period = "/api/v1/care-statistics?from=2019-01-01&to=2019-06-30&townCode=QIANCANG";
        JsonNode statisticsBefore = desk.admin().get(period).send().json();
        assertThat(statisticsBefore.get("childrenServed").asLong()).as("the case was served in the period").isEqualTo(1);
        assertThat(statisticsBefore.get("activeMatches").asLong()).isEqualTo(1);
        assertThat(statisticsBefore.get("visits").asLong()).isEqualTo(1);

        Reply tooEarly = desk.admin().post("/api/v1/children/" + recent + "/erasure", "").send();
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("RETENTION_NOT_OVER");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.role("CARE_STAFF", null)).post("/api/v1/children/" + old + "/erasure", "")
                .send().status()).isEqualTo(403);

        Reply erased = desk.admin().post("/api/v1/children/" + old + "/erasure", "").send();

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("erased").asBoolean()).isTrue();
        assertThat(erased.json().get("personal").isNull()).isTrue();
        assertThat(erased.json().get("caseNumber").asString()).startsWith("CC-2019-");
        Reply reveal = desk.admin().post("/api/v1/children/" + old + "/personal-data/reveal", "{\"purpose\":\"核对档案\"}").send();
        assertThat(reveal.status()).isEqualTo(409);
        assertThat(reveal.json().get("code").asString()).isEqualTo("CHILD_ERASED");
        assertThat(jdbc.sql("select wrapped is null from data_key where owner_id = ?::uuid").param(old).query(Boolean.class).single()).isTrue();
        assertThat(desk.admin().post("/api/v1/children/" + other + "/personal-data/reveal", "{\"purpose\":\"核对档案\"}").send()
                .json().get("name").asString()).as("every other child still decrypts").isEqualTo("李小草");
        assertThat(desk.admin().get("/api/v1/children?townCode=QIANCANG&status=CLOSED").send().json().get("totalItems"))
                .as("the case still counts").isEqualTo(closedBefore.json().get("totalItems"));
        assertThat(desk.admin().get(period).send().json()).as("the figures the case contributed stay").isEqualTo(statisticsBefore);
    }

    @Test
    void aCaringMothersAndAHelpersPersonalDataAndVisitNotesAreSealedAtRest() {
        CareDesk desk = new CareDesk(port, jdbc, "HAIYOU");
        String idNumber = CareDesk.idNumber(LocalDate.of(1979, 4, 12), 23);
        String mother = desk.mother("""
                {"name":"屈秀凤","phone":"13757960123","idNumber":"%s","address":"海游街道城西路88号"}""".formatted(idNumber),
                "[\"TUTORING\"]", 1, "mother-sealed", "ACTIVE");
        String child = desk.waitingChild("屈小禾", 2016, "{\"dailyCare\":\"NONE\",\"education\":\"HIGH\",\"social\":\"NONE\"}", false);
        desk.confirmedMatch(child, mother, BusinessDates.today().minusDays(7));
        String helper = CareDesk.created(desk.admin().post("/api/v1/helpers", """
                {"kind":"STUDENT_VOLUNTEER","name":"屈同学","phone":"13967960456","accountSubject":"helper-sealed","townCode":"HAIYOU"}""").send());
        CareDesk.require(desk.admin().post("/api/v1/helpers/" + helper + "/attachments", """
                {"motherId":"%s","attachedOn":"%s"}""".formatted(mother, BusinessDates.today().minusDays(7))).send(), 201);
        HttpApi asHelper = HttpApi.onLocalPort(port).as(TestTokens.user("helper-sealed", "HELPER", null));
        CareDesk.require(asHelper.post("/api/v1/children/" + child + "/visits", """
                {"kind":"OUTING","visitedOn":"%s","durationMinutes":120,"notes":"陪她去县图书馆借了三本绘本"}""".formatted(BusinessDates.today()))
                .send(), 201);

        assertThat(desk.admin().post("/api/v1/caring-mothers/" + mother + "/personal-data/reveal", "{\"purpose\":\"核对联系方式\"}").send()
                .json().get("phone").asString()).as("kept, sealed").isEqualTo("13757960123");
        assertThat(desk.admin().get("/api/v1/helpers/" + helper).send().json().get("personal").get("phone").asString())
                .isEqualTo("139****0456");
        assertThat(desk.admin().get("/api/v1/children/" + child + "/visits").send().json().get("items").get(0).get("notes").asString())
                .isEqualTo("陪她去县图书馆借了三本绘本");
        assertThat(RawTables.rowsHolding(jdbc, "mother-sealed", "helper-sealed")).as("the scan reads these tables: logins are kept in clear")
                .contains("caring_mother", "helper");
        assertThat(RawTables.rowsHolding(jdbc, "屈秀凤", "13757960123", idNumber, "城西路88号", "屈同学", "13967960456", "县图书馆借了三本绘本"))
                .as("no table, audit trail or outbox included, holds a mother's, a helper's or a visit's clear value").isEmpty();
    }

    private static void close(CareDesk desk, String child, String on) {
        CareDesk.require(desk.admin().post("/api/v1/children/" + child + "/closure", "{\"reason\":\"AGED_OUT\",\"closedOn\":\"%s\"}".formatted(on))
                .header("If-Match", desk.etag("/api/v1/children/" + child)).send(), 200);
    }

    private record JsonView(Reply reply) {

        String text(String field) {
            return reply.json().get(field).asString();
        }

        String personal(String field) {
            return reply.json().get("personal").get(field).asString();
        }
    }
}
