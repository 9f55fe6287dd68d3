package org.jinguo.care.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

/** Donations, the wellbeing insurance, mediation and households, through the REST API, in XIANJU. */
@ServiceIntegrationTest
class AssistanceIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDonationIsNeverGivenOutBeyondItsValueEvenByAllocationsAtOnce() throws Exception {
        CareDesk desk = new CareDesk(port, jdbc, "XIANJU");
        HttpApi admin = desk.admin();
        String child = desk.child("仙小居", 2015, "2024-01-10", null);
        String donation = CareDesk.created(admin.post("/api/v1/donations", """
                {"kind":"GOODS","donorName":"仙居爱心商家","donorKind":"MERCHANT","description":"冬衣 50 件","valueFen":100000,
                 "receivedOn":"%s","townCode":"XIANJU"}""".formatted(BusinessDates.today().minusDays(3))).send());
        String allocation = "{\"childId\":\"%s\",\"valueFen\":30000,\"allocatedOn\":\"%s\"}".formatted(child, BusinessDates.today());

        List<Future<Reply>> replies = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            for (int i = 0; i < 6; i++) {
                replies.add(callers.submit(() -> admin.post("/api/v1/donations/" + donation + "/allocations", allocation).send()));
            }
        } finally {
            callers.shutdown();
        }
        int given = 0;
        int refused = 0;
        for (Future<Reply> reply : replies) {
            int status = reply.get().status();
            given += status == 201 ? 1 : 0;
            refused += status == 409 ? 1 : 0;
        }

        assertThat(given).isEqualTo(3);
        assertThat(refused).isEqualTo(3);
        JsonNode shown = admin.get("/api/v1/donations/" + donation).send().json();
        assertThat(shown.get("allocatedFen").asLong()).isEqualTo(90_000);
        assertThat(shown.get("remainingFen").asLong()).isEqualTo(10_000);
        Reply both = admin.post("/api/v1/donations/" + donation + "/allocations", """
                {"childId":"%s","householdId":"%s","valueFen":1,"allocatedOn":"%s"}""".formatted(child, child, BusinessDates.today())).send();
        assertThat(both.status()).isEqualTo(400);
    }

    @Test
    void anIneligibleWomanIsRefusedWithEveryReasonAndAnEligibleOneMovesThroughTheStates() {
        CareDesk desk = new CareDesk(port, jdbc, "XIANJU");
        HttpApi admin = desk.admin();
        String programme = CareDesk.created(admin.post("/api/v1/insurance-programmes", """
                {"year":2026,"name":"2026年度女性安康保险","premiumFen":9900,"incomeLimitFen":150000,"minAge":18,"maxAge":60}""").send());
        String older = CareDesk.idNumber(LocalDate.of(1950, 3, 3), 5);

        Reply refused = admin.post("/api/v1/insurance-enrolments", """
                {"programmeId":"%s","name":"仙阿婆","idNumber":"%s","monthlyIncomePerCapitaFen":300000,"townCode":"XIANJU"}"""
                .formatted(programme, older)).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(refused.json().get("detail").asString()).as("a year is no amount").contains("2026").doesNotContain("2,026");
        assertThat(refused.json().get("errors").findValuesAsString("code")).containsExactlyInAnyOrder("INCOME_ABOVE_LIMIT", "AGE_OUTSIDE_PROGRAMME");
        assertThat(jdbc.sql("select count(*) from insurance_enrolment where programme_id = ?::uuid").param(programme).query(Long.class).single())
                .isZero();

        Reply man = admin.post("/api/v1/insurance-enrolments", """
                {"programmeId":"%s","name":"仙先生","idNumber":"%s","monthlyIncomePerCapitaFen":100000,"townCode":"XIANJU"}"""
                .formatted(programme, CareDesk.idNumber(LocalDate.of(1985, 8, 8), 6, false))).send();
        assertThat(man.json().get("errors").findValuesAsString("code")).containsExactly("NOT_A_WOMAN");

        String woman = CareDesk.idNumber(LocalDate.of(1985, 8, 8), 6);
        String body = """
                {"programmeId":"%s","name":"仙丽","idNumber":"%s","phone":"13905790066","monthlyIncomePerCapitaFen":120000,"townCode":"XIANJU",
                 "appliedOn":"2026-02-01"}""".formatted(programme, woman);
        Reply applied = admin.post("/api/v1/insurance-enrolments", body).send();
        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.json().get("status").asString()).isEqualTo("APPLIED");
        assertThat(applied.json().get("personal").get("name").asString()).isEqualTo("仙*");
        assertThat(admin.post("/api/v1/insurance-enrolments", body).send().json().get("code").asString()).isEqualTo("ALREADY_ENROLLED");
        String enrolment = applied.json().get("id").asString();
        Reply enrolled = admin.post("/api/v1/insurance-enrolments/" + enrolment + "/enrolment", "{\"enrolledOn\":\"2026-03-01\"}")
                .header("If-Match", "\"1\"").send();
        assertThat(enrolled.json().get("coverEndsOn").asString()).isEqualTo("2026-12-31");
        Reply outsideCover = admin.post("/api/v1/insurance-enrolments/" + enrolment + "/cancellation", "{\"cancelledOn\":\"2027-01-05\"}")
                .header("If-Match", "\"2\"").send();
        assertThat(outsideCover.status()).isEqualTo(400);
        Reply cancelled = admin.post("/api/v1/insurance-enrolments/" + enrolment + "/cancellation", "{\"cancelledOn\":\"2026-06-30\"}")
                .header("If-Match", "\"2\"").send();
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("coverEndsOn").asString()).isEqualTo("2026-06-30");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("XIANJU")).post("/api/v1/insurance-programmes", """
                {"year":2027,"name":"镇里自己开","premiumFen":1,"incomeLimitFen":1,"minAge":18,"maxAge":60}""").send().status())
                .as("programme years are the city's").isEqualTo(403);
    }

    @Test
    void aMediationCaseKeepsItsPartiesSealedAndMovesToItsOutcome() {
        CareDesk desk = new CareDesk(port, jdbc, "XIANJU");
        HttpApi admin = desk.admin();
        Reply opened = admin.post("/api/v1/mediation-cases", """
                {"kind":"CUSTODY","parties":[{"name":"仙大山","role":"HUSBAND","phone":"13905790077"},{"name":"仙小溪","role":"WIFE"}],
                 "townCode":"XIANJU","openedOn":"2026-01-05"}""").send();
        String id = opened.json().get("id").asString();

        assertThat(opened.json().get("caseNumber").asString()).matches("MD-2026-\\d{6}");
        assertThat(opened.json().get("parties").findValuesAsString("name")).containsExactly("仙*山", "仙*溪");
        assertThat(jdbc.sql("select count(*) from mediation_case t where t::text like '%仙大山%'").query(Long.class).single()).isZero();
        assertThat(admin.post("/api/v1/mediation-cases/" + id + "/mediation", "").header("If-Match", "\"1\"").send().json().get("status")
                .asString()).isEqualTo("MEDIATING");
        Reply early = admin.post("/api/v1/mediation-cases/" + id + "/closure", """
                {"outcome":"AGREEMENT","notes":"双方同意轮流照看","closedOn":"2025-12-31"}""").header("If-Match", "\"2\"").send();
        assertThat(early.status()).isEqualTo(400);
        Reply closed = admin.post("/api/v1/mediation-cases/" + id + "/closure", """
                {"outcome":"AGREEMENT","notes":"双方同意轮流照看","closedOn":"2026-02-01"}""").header("If-Match", "\"2\"").send();
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("outcomeNotes").isNull()).as("a write never echoes the notes").isTrue();
        assertThat(admin.get("/api/v1/mediation-cases/" + id).send().json().get("outcomeNotes").asString()).isEqualTo("双方同意轮流照看");
        assertThat(jdbc.sql("select count(*) from audit_entry t where t::text like '%轮流照看%' or t::text like '%仙*山%'").query(Long.class)
                .single()).as("the audit holds neither notes nor parties").isZero();
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("SANMEN")).get("/api/v1/mediation-cases/" + id).send().status())
                .isEqualTo(404);
    }

    @Test
    void householdsAreMaskedAndAnActivityCountsEachHouseholdOnce() {
        CareDesk desk = new CareDesk(port, jdbc, "XIANJU");
        HttpApi admin = desk.admin();
        String household = CareDesk.created(admin.post("/api/v1/households", """
                {"townCode":"XIANJU","newResident":true,"inHardship":true,"headName":"仙建国","address":"仙居县城关镇1号","phone":"13905790088"}""")
                .send());
        Reply visit = admin.post("/api/v1/households/" + household + "/hardship-visits", """
                {"visitedOn":"%s","support":"GOODS","notes":"送米面油，孩子学费有困难"}""".formatted(BusinessDates.today())).send();
        String activity = CareDesk.created(admin.post("/api/v1/family-activities", """
                {"kind":"PARENT_CHILD","title":"亲子手工","heldOn":"%s","townCode":"XIANJU","householdIds":["%s"]}"""
                .formatted(BusinessDates.today(), household)).send());

        assertThat(visit.status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/households/" + household).send().json().get("personal").get("headName").asString()).isEqualTo("仙*国");
        assertThat(admin.post("/api/v1/family-activities/" + activity + "/participants", "{\"householdIds\":[\"%s\"]}".formatted(household))
                .send().json().get("households").asInt()).isEqualTo(1);
        assertThat(admin.post("/api/v1/family-activities/" + activity + "/participants", "{\"householdIds\":[\"%s\"]}"
                .formatted(UUID.randomUUID())).send().status()).isEqualTo(400);
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.townStaff("SANMEN")).post("/api/v1/family-activities", """
                {"kind":"OTHER","title":"全市活动","heldOn":"%s","householdIds":[]}""".formatted(BusinessDates.today())).send().status())
                .as("a city-wide activity is the city's").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from hardship_visit t where t::text like '%学费%'").query(Long.class).single()).isZero();
    }
}
