package org.jinguo.care.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.care.CareDesk;
import org.jinguo.care.RawTables;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Households served, visits to those in hardship and family activities, through the REST API. */
@ServiceIntegrationTest
class HouseholdIT {

    private static final LocalDate TODAY = BusinessDates.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHouseholdOfAVillageIsShownMaskedAndAHardshipVisitsNotesAreSealedAndShownToStaff() {
        CareDesk desk = new CareDesk(port, jdbc, "NINGXI");
        UUID village = UUID.randomUUID();
        ReferenceEvents.village(jdbc, village, "NINGXI");

        Reply registered = desk.admin().post("/api/v1/households", """
                {"townCode":"NINGXI","villageId":"%s","newResident":true,"inHardship":true,"headName":"宁德明","address":"宁溪镇溪口村3号",
                 "phone":"13905791234","registeredOn":"%s"}""".formatted(village, TODAY.minusDays(30))).send();
        assertThat(registered.status()).isEqualTo(201);
        String household = registered.json().get("id").asString();
        desk.household("宁德亮", false);
        JsonNode shown = desk.admin().get("/api/v1/households/" + household).send().json();
        assertThat(shown.get("personal").get("headName").asString()).isEqualTo("宁*明");
        assertThat(shown.get("personal").get("address").asString()).isEqualTo("***");
        assertThat(shown.get("personal").get("phone").asString()).isEqualTo("139****1234");
        assertThat(shown.get("villageId").asString()).isEqualTo(village.toString());
        assertThat(shown.get("newResident").asBoolean()).isTrue();
        assertThat(desk.admin().get("/api/v1/households?townCode=NINGXI&inHardship=true").send().json().get("items").findValuesAsString("id"))
                .containsExactly(household);
        assertThat(desk.admin().get("/api/v1/households?townCode=NINGXI").send().json().get("totalItems").asLong()).isEqualTo(2);

        Reply visit = desk.admin().post("/api/v1/households/" + household + "/hardship-visits", """
                {"visitedOn":"%s","support":"COUNSELLING","notes":"母亲失业，孩子住校费用缺口"}""".formatted(TODAY.minusDays(2))).send();
        assertThat(visit.status()).isEqualTo(201);
        assertThat(visit.json().get("notes").isNull()).as("a write never echoes the notes").isTrue();
        JsonNode visits = desk.admin().get("/api/v1/households/" + household + "/hardship-visits").send().json();
        assertThat(visits.size()).isEqualTo(1);
        assertThat(visits.get(0).get("notes").asString()).isEqualTo("母亲失业，孩子住校费用缺口");
        assertThat(visits.get(0).get("support").asString()).isEqualTo("COUNSELLING");
        assertThat(visits.get(0).get("visitedBy").asString()).isEqualTo("city_admin-tester");
        assertThat(RawTables.rowsHolding(jdbc, "宁德明", "溪口村3号", "13905791234", "住校费用缺口")).as("sealed at rest").isEmpty();
    }

    @Test
    void aFamilyActivityCountsEachHouseholdOnceAndACityWideOneIsTheCitys() {
        CareDesk desk = new CareDesk(port, jdbc, "YANJIANG");
        String first = desk.household("宁一户", false);
        String second = desk.household("宁二户", true);
        String third = desk.household("宁三户", false);
        UUID host = UUID.randomUUID();
        ReferenceEvents.organization(jdbc, host, "TOWN", "YANJIANG", null);

        Reply organised = desk.admin().post("/api/v1/family-activities", """
                {"kind":"PARENT_CHILD","title":"亲子阅读","heldOn":"%s","townCode":"YANJIANG","place":"镇文化站","hostOrganizationId":"%s",
                 "householdIds":["%s","%s","%s"]}""".formatted(TODAY.minusDays(3), host, first, second, first)).send();
        assertThat(organised.status()).isEqualTo(201);
        String activity = organised.json().get("id").asString();
        assertThat(organised.json().get("households").asInt()).as("a household listed twice counts once").isEqualTo(2);

        Reply added = desk.admin().post("/api/v1/family-activities/" + activity + "/participants", """
                {"householdIds":["%s","%s"]}""".formatted(second, third)).send();
        assertThat(added.json().get("households").asInt()).isEqualTo(3);
        assertThat(desk.admin().get("/api/v1/family-activities/" + activity).send().json().get("households").asInt()).isEqualTo(3);
        assertThat(desk.admin().get("/api/v1/family-activities?townCode=YANJIANG&kind=PARENT_CHILD&from=%s&to=%s"
                .formatted(TODAY.minusDays(7), TODAY)).send().json().get("items").findValuesAsString("id")).containsExactly(activity);
        assertThat(desk.admin().get("/api/v1/family-activities?townCode=YANJIANG&kind=SUMMER_CARE").send().json().get("totalItems").asLong())
                .isZero();

        Reply cityWide = desk.as(TestTokens.role("CARE_STAFF", null)).post("/api/v1/family-activities", """
                {"kind":"FAMILY_EDUCATION","title":"全市家庭教育讲座","heldOn":"%s","householdIds":["%s"]}""".formatted(TODAY, first)).send();
        assertThat(cityWide.status()).isEqualTo(201);
        assertThat(cityWide.json().get("townCode").isNull()).isTrue();
        assertThat(desk.as(TestTokens.townStaff("YANJIANG")).get("/api/v1/family-activities/" + cityWide.json().get("id").asString()).send()
                .status()).as("a city-wide activity is not a town's").isEqualTo(404);
    }

    @Test
    void townStaffKeepTheirOwnTownsFamiliesAndAnotherTownsAnswerAsIfTheyDidNotExist() {
        CareDesk desk = new CareDesk(port, jdbc, "TOUTUO");
        CareDesk otherTown = new CareDesk(port, jdbc, "HENGHU");
        HttpApi ours = desk.as(TestTokens.townStaff("TOUTUO"));
        HttpApi theirs = desk.as(TestTokens.townStaff("HENGHU"));
        String household = CareDesk.created(ours.post("/api/v1/households", """
                {"townCode":"TOUTUO","newResident":false,"inHardship":true,"headName":"头大海"}""").send());
        String activity = CareDesk.created(ours.post("/api/v1/family-activities", """
                {"kind":"SUMMER_CARE","title":"暑期托管","heldOn":"%s","townCode":"TOUTUO","householdIds":["%s"]}""".formatted(TODAY, household)).send());
        String theirHousehold = otherTown.household("横大湖", false);
        long visits = desk.rows("hardship_visit");
        long participants = desk.rows("family_activity_household");

        assertThat(desk.as(null).get("/api/v1/households/" + household).send().status()).isEqualTo(401);
        assertThat(desk.as(null).get("/api/v1/family-activities").send().status()).isEqualTo(401);
        for (String token : new String[] {TestTokens.role("ACADEMY_STAFF", null), TestTokens.user("helper-toutuo", "HELPER", null),
                TestTokens.user("mother-toutuo", "CARING_MOTHER", null), TestTokens.partnerClient("shiguang-center", "care.read")}) {
            assertThat(desk.as(token).get("/api/v1/households/" + household).send().status()).isEqualTo(403);
            assertThat(desk.as(token).get("/api/v1/family-activities/" + activity).send().status()).isEqualTo(403);
        }

        assertThat(ours.get("/api/v1/households/" + household).send().status()).isEqualTo(200);
        assertThat(CareDesk.problem(theirs.get("/api/v1/households/" + household).send(), 404)).isEqualTo("HOUSEHOLD_NOT_FOUND");
        assertThat(theirs.get("/api/v1/households/" + household + "/hardship-visits").send().status()).isEqualTo(404);
        assertThat(theirs.post("/api/v1/households/" + household + "/hardship-visits", """
                {"visitedOn":"%s","support":"GOODS"}""".formatted(TODAY)).send().status()).isEqualTo(404);
        assertThat(CareDesk.problem(theirs.get("/api/v1/family-activities/" + activity).send(), 404)).isEqualTo("ACTIVITY_NOT_FOUND");
        assertThat(theirs.post("/api/v1/family-activities/" + activity + "/participants", "{\"householdIds\":[\"%s\"]}"
                .formatted(theirHousehold)).send().status()).isEqualTo(404);
        assertThat(CareDesk.problem(theirs.get("/api/v1/households?townCode=TOUTUO").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(CareDesk.problem(theirs.get("/api/v1/family-activities?townCode=TOUTUO").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(CareDesk.problem(theirs.post("/api/v1/households", """
                {"townCode":"TOUTUO","newResident":false,"inHardship":false,"headName":"横某"}""").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(CareDesk.problem(ours.post("/api/v1/family-activities/" + activity + "/participants", "{\"householdIds\":[\"%s\"]}"
                .formatted(theirHousehold)).send(), 400)).as("another town's household is no household to them")
                .isEqualTo("householdIds UNKNOWN_HOUSEHOLDS");
        assertThat(CareDesk.problem(ours.post("/api/v1/family-activities", """
                {"kind":"OTHER","title":"全市活动","heldOn":"%s","householdIds":[]}""".formatted(TODAY)).send(), 403)).isEqualTo("CITY_WIDE_ONLY");

        assertThat(desk.rows("hardship_visit")).isEqualTo(visits);
        assertThat(desk.rows("family_activity_household")).isEqualTo(participants);
    }

    @Test
    void aBadHouseholdVisitOrActivityIsRefusedAndStoresNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "JIANGKOU");
        new CareDesk(port, jdbc, "HENGHU");
        UUID elsewhere = UUID.randomUUID();
        ReferenceEvents.village(jdbc, elsewhere, "HENGHU");
        String household = desk.household("江大户", true);
        String activity = CareDesk.created(desk.admin().post("/api/v1/family-activities", """
                {"kind":"AUTISM_CARE","title":"星星的孩子","heldOn":"%s","townCode":"JIANGKOU","householdIds":[]}""".formatted(TODAY)).send());
        long households = desk.rows("household");
        long visits = desk.rows("hardship_visit");
        long activities = desk.rows("family_activity");
        long participants = desk.rows("family_activity_household");

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/households", """
                {"townCode":"JIANGKOU","villageId":"%s","newResident":false,"inHardship":true,"headName":"江某"}""".formatted(elsewhere)).send(), 400))
                .isEqualTo("villageId UNKNOWN_VILLAGE_IN_TOWN");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/households", """
                {"townCode":"JIANGKOU","newResident":false,"inHardship":true,"headName":"江某","registeredOn":"%s"}""".formatted(TODAY.plusDays(1)))
                .send(), 400)).isEqualTo("registeredOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/households", """
                {"townCode":"JIANGKOU","newResident":false,"inHardship":true,"headName":"  "}""").send(), 400)).startsWith("headName ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/households/" + household + "/hardship-visits", """
                {"visitedOn":"%s","support":"GOODS"}""".formatted(TODAY.plusDays(1))).send(), 400)).isEqualTo("visitedOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/households/" + household + "/hardship-visits", """
                {"visitedOn":"%s","support":"HUGS"}""".formatted(TODAY)).send(), 400)).isNotBlank();
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/family-activities", """
                {"kind":"PARENT_CHILD","title":"亲子游园","heldOn":"%s","townCode":"JIANGKOU","householdIds":["%s","%s"]}"""
                .formatted(TODAY, household, UUID.randomUUID())).send(), 400)).isEqualTo("householdIds UNKNOWN_HOUSEHOLDS");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/family-activities", """
                {"kind":"PARENT_CHILD","title":"亲子游园","heldOn":"%s","townCode":"JIANGKOU","householdIds":[]}""".formatted(TODAY.plusDays(1)))
                .send(), 400)).isEqualTo("heldOn IN_THE_FUTURE");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/family-activities", """
                {"kind":"PARENT_CHILD","title":"亲子游园","heldOn":"%s","townCode":"JIANGKOU","hostOrganizationId":"%s","householdIds":[]}"""
                .formatted(TODAY, UUID.randomUUID())).send(), 400)).isEqualTo("hostOrganizationId UNKNOWN_ORGANIZATION");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/family-activities/" + activity + "/participants", "{\"householdIds\":[]}").send(),
                400)).startsWith("householdIds ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/family-activities/" + activity + "/participants", "{\"householdIds\":[\"%s\",\"%s\"]}"
                .formatted(household, UUID.randomUUID())).send(), 400)).isEqualTo("householdIds UNKNOWN_HOUSEHOLDS");

        assertThat(desk.rows("household")).isEqualTo(households);
        assertThat(desk.rows("hardship_visit")).isEqualTo(visits);
        assertThat(desk.rows("family_activity")).isEqualTo(activities);
        assertThat(desk.rows("family_activity_household")).isEqualTo(participants);
        assertThat(desk.admin().get("/api/v1/family-activities/" + activity).send().json().get("households").asInt()).isZero();
    }
}
