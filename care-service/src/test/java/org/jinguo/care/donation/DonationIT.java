package org.jinguo.care.donation;

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

/** The donations ledger, through the REST API: what was received, and what of it went to whom. */
@ServiceIntegrationTest
class DonationIT {

    private static final LocalDate TODAY = BusinessDates.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDonationIsRecordedListedAndGivenOutToAChildAndAHousehold() {
        CareDesk desk = new CareDesk(port, jdbc, "ZEGUO");
        String child = desk.child("泽小国", 2015, "2024-01-10", null);
        String household = desk.household("泽建军", true);

        Reply received = desk.admin().post("/api/v1/donations", donation("GOODS", 50_000, TODAY.minusDays(20), "\"ZEGUO\"")).send();
        assertThat(received.status()).isEqualTo(201);
        String donation = received.json().get("id").asString();
        assertThat(received.header("Location")).endsWith("/api/v1/donations/" + donation);
        assertThat(received.json().get("remainingFen").asLong()).isEqualTo(50_000);
        desk.admin().post("/api/v1/donations", donation("MONEY", 20_000, TODAY.minusDays(40), "\"ZEGUO\"")).send();

        Reply toChild = desk.admin().post("/api/v1/donations/" + donation + "/allocations", allocation("childId", child, 30_000, TODAY)).send();
        Reply toHousehold = desk.admin().post("/api/v1/donations/" + donation + "/allocations",
                allocation("householdId", household, 15_000, TODAY.minusDays(20))).send();

        assertThat(toChild.status()).isEqualTo(201);
        assertThat(toChild.json().get("childId").asString()).isEqualTo(child);
        assertThat(toHousehold.status()).as("on the day it was received").isEqualTo(201);
        JsonNode shown = desk.admin().get("/api/v1/donations/" + donation).send().json();
        assertThat(shown.get("allocatedFen").asLong()).isEqualTo(45_000);
        assertThat(shown.get("remainingFen").asLong()).isEqualTo(5_000);
        JsonNode allocations = desk.admin().get("/api/v1/donations/" + donation + "/allocations").send().json();
        assertThat(allocations.size()).isEqualTo(2);
        assertThat(allocations.findValuesAsString("householdId")).contains(household);
        JsonNode goods = desk.admin().get("/api/v1/donations?townCode=ZEGUO&kind=GOODS").send().json();
        assertThat(goods.get("totalItems").asLong()).isEqualTo(1);
        assertThat(goods.get("items").get(0).get("id").asString()).isEqualTo(donation);
        assertThat(desk.admin().get("/api/v1/donations?townCode=ZEGUO&from=%s&to=%s".formatted(TODAY.minusDays(30), TODAY)).send().json()
                .get("totalItems").asLong()).as("received within the period").isEqualTo(1);
        Reply tooMuch = desk.admin().post("/api/v1/donations/" + donation + "/allocations", allocation("childId", child, 5_001, TODAY)).send();
        assertThat(CareDesk.problem(tooMuch, 409)).isEqualTo("OVER_ALLOCATED");
    }

    @Test
    void townStaffKeepTheirTownsLedgerOnlyAndTheCitysOwnDonationsAreTheCitys() {
        CareDesk desk = new CareDesk(port, jdbc, "DAXI");
        CareDesk otherTown = new CareDesk(port, jdbc, "SHIGUAN");
        HttpApi ours = desk.as(TestTokens.townStaff("DAXI"));
        HttpApi theirs = desk.as(TestTokens.townStaff("SHIGUAN"));
        String donation = CareDesk.created(ours.post("/api/v1/donations", donation("GOODS", 8_000, TODAY, "\"DAXI\"")).send());
        String citys = CareDesk.created(desk.admin().post("/api/v1/donations", donation("MONEY", 100_000, TODAY, "null")).send());
        String theirChild = otherTown.child("大小溪", 2014, "2024-01-10", null);

        assertThat(desk.as(null).get("/api/v1/donations/" + donation).send().status()).isEqualTo(401);
        assertThat(desk.as(null).post("/api/v1/donations", donation("GOODS", 1, TODAY, "\"DAXI\"")).send().status()).isEqualTo(401);
        for (String role : new String[] {"ACADEMY_STAFF", "COMMERCE_STAFF", "RESIDENT"}) {
            assertThat(desk.as(TestTokens.role(role, null)).get("/api/v1/donations").send().status()).as(role).isEqualTo(403);
        }
        assertThat(desk.as(TestTokens.user("mother-zeguo", "CARING_MOTHER", null)).get("/api/v1/donations/" + donation).send().status())
                .isEqualTo(403);
        assertThat(desk.as(TestTokens.partnerClient("shiguang-center", "care.read", "care.write")).get("/api/v1/donations").send().status())
                .isEqualTo(403);

        assertThat(theirs.get("/api/v1/donations/" + donation).send().status()).as("another town's donation").isEqualTo(404);
        assertThat(theirs.get("/api/v1/donations/" + donation + "/allocations").send().status()).isEqualTo(404);
        assertThat(CareDesk.problem(theirs.get("/api/v1/donations?townCode=DAXI").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(CareDesk.problem(theirs.post("/api/v1/donations", donation("GOODS", 1, TODAY, "\"DAXI\"")).send(), 403))
                .isEqualTo("OTHER_TOWN");
        assertThat(ours.get("/api/v1/donations").send().json().get("items").findValuesAsString("id"))
                .as("town staff list their own town's").contains(donation).doesNotContain(citys);
        assertThat(ours.get("/api/v1/donations/" + citys).send().status()).as("the city's own donation").isEqualTo(404);
        assertThat(CareDesk.problem(ours.post("/api/v1/donations", donation("MONEY", 1, TODAY, "null")).send(), 403)).isEqualTo("CITY_WIDE_ONLY");
        assertThat(ours.post("/api/v1/donations/" + donation + "/allocations", allocation("childId", theirChild, 1_000, TODAY)).send().status())
                .as("to another town's child").isEqualTo(404);
        assertThat(desk.as(TestTokens.role("CARE_STAFF", null)).get("/api/v1/donations/" + citys).send().status()).isEqualTo(200);
        assertThat(desk.admin().get("/api/v1/donations/" + donation).send().json().get("allocatedFen").asLong()).isZero();
    }

    @Test
    void aBadDonationOrAllocationIsRefusedAndStoresNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "XINHE");
        String child = desk.child("泽小青", 2016, "2024-01-10", null);
        String household = desk.household("泽建华", false);
        String donation = CareDesk.created(desk.admin().post("/api/v1/donations", donation("GOODS", 10_000, TODAY.minusDays(5), "\"XINHE\"")).send());
        long donations = desk.rows("donation");
        long allocations = desk.rows("donation_allocation");

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations", donation("GOODS", 0, TODAY, "\"XINHE\"")).send(), 400))
                .startsWith("valueFen ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations", donation("GOODS", 100, TODAY.plusDays(1), "\"XINHE\"")).send(), 400))
                .isEqualTo("receivedOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations", donation("GOODS", 100, TODAY, "\"NOWHERE\"")).send(), 400))
                .isEqualTo("townCode UNKNOWN_TOWN");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations", donation("GOODS", 100, TODAY, "\"zeguo\"")).send(), 400))
                .startsWith("townCode ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations/" + donation + "/allocations",
                allocation("childId", child, 100, TODAY.minusDays(6))).send(), 400)).as("before it was received")
                .isEqualTo("allocatedOn DATE_OUT_OF_RANGE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations/" + donation + "/allocations",
                allocation("childId", child, 100, TODAY.plusDays(1))).send(), 400)).isEqualTo("allocatedOn DATE_OUT_OF_RANGE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations/" + donation + "/allocations", """
                {"childId":"%s","householdId":"%s","valueFen":100,"allocatedOn":"%s"}""".formatted(child, household, TODAY)).send(), 400))
                .isEqualTo("childId CHILD_OR_HOUSEHOLD");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations/" + donation + "/allocations",
                "{\"valueFen\":100,\"allocatedOn\":\"%s\"}".formatted(TODAY)).send(), 400)).isEqualTo("childId CHILD_OR_HOUSEHOLD");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/donations/" + donation + "/allocations",
                allocation("childId", child, -5, TODAY)).send(), 400)).startsWith("valueFen ");

        assertThat(desk.rows("donation")).isEqualTo(donations);
        assertThat(desk.rows("donation_allocation")).isEqualTo(allocations);
        assertThat(desk.admin().get("/api/v1/donations/" + donation).send().json().get("remainingFen").asLong()).isEqualTo(10_000);
    }

    private static String donation(String kind, long valueFen, LocalDate receivedOn, String townCode) {
        return """
                {"kind":"%s","donorName":"泽国爱心商会","donorKind":"ORGANIZATION","description":"助学物资","valueFen":%d,
                 "receivedOn":"%s","townCode":%s}""".formatted(kind, valueFen, receivedOn, townCode);
    }

    private static String allocation(String to, String id, long valueFen, LocalDate on) {
        return "{\"%s\":\"%s\",\"valueFen\":%d,\"allocatedOn\":\"%s\"}".formatted(to, id, valueFen, on);
    }
}
