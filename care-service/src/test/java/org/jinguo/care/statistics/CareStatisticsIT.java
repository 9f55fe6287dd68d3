package org.jinguo.care.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

/**
 * care's report figures on a 2021 data set built through the API in SANMEN and TIANTAI, with
 * records just outside the period and of no town. No other test writes records dated 2020–2021.
 */
@ServiceIntegrationTest
class CareStatisticsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFigureFollowsItsDefinitionByPeriodAndTown() {
        CareDesk sanmen = new CareDesk(port, jdbc, "SANMEN");
        CareDesk tiantai = new CareDesk(port, jdbc, "TIANTAI");
        HttpApi admin = sanmen.admin();

        String stays = mother(sanmen, "2021-03-01", null);
        mother(sanmen, "2021-06-01", "2021-10-01");
        CareDesk.created(admin.post("/api/v1/caring-mothers", """
                {"personal":{"name":"三门新妈妈"},"profile":{"skills":["TUTORING"],"townCode":"SANMEN"},"registeredOn":"2022-01-05"}""").send());
        mother(tiantai, "2020-01-01", "2022-02-01");

        String first = sanmen.waitingChild("三小一", 2014, "{\"dailyCare\":\"HIGH\",\"education\":\"NONE\",\"social\":\"NONE\"}", false,
                LocalDate.of(2020, 6, 1));
        String second = sanmen.waitingChild("三小二", 2015, "{\"dailyCare\":\"LOW\",\"education\":\"NONE\",\"social\":\"NONE\"}", false,
                LocalDate.of(2020, 6, 1));
        confirmed(sanmen, first, stays, "2021-04-01");
        String secondMatch = confirmed(sanmen, second, stays, "2021-05-01");
        CareDesk.require(admin.post("/api/v1/matches/" + secondMatch + "/ending", "{\"endedOn\":\"2021-08-01\"}").header("If-Match", "\"2\"")
                .send(), 200);
        for (String on : List.of("2021-04-10", "2021-12-31", "2022-01-01")) {
            CareDesk.require(admin.post("/api/v1/children/" + first + "/visits", """
                    {"kind":"HOME_VISIT","visitedOn":"%s","durationMinutes":60}""".formatted(on)).send(), 201);
        }

        String y2020 = programme(admin, 2020);
        String y2021 = programme(admin, 2021);
        String woman = CareDesk.idNumber(LocalDate.of(1980, 2, 2), 1);
        enrolled(admin, y2020, woman, "SANMEN", "2020-05-01", "2020-06-01");
        enrolled(admin, y2021, woman, "SANMEN", "2021-02-01", "2021-03-01");
        String cancelled = enrolled(admin, y2021, CareDesk.idNumber(LocalDate.of(1975, 7, 7), 2), "TIANTAI", "2021-04-01", "2021-05-01");
        CareDesk.require(admin.post("/api/v1/insurance-enrolments/" + cancelled + "/cancellation", "{\"cancelledOn\":\"2021-06-30\"}")
                .header("If-Match", "\"2\"").send(), 200);
        String refused = CareDesk.created(admin.post("/api/v1/insurance-enrolments", enrolment(y2021,
                CareDesk.idNumber(LocalDate.of(1970, 1, 1), 3), "SANMEN", "2021-02-01")).send());
        CareDesk.require(admin.post("/api/v1/insurance-enrolments/" + refused + "/rejection", "{\"reason\":\"已有其他保险\"}")
                .header("If-Match", "\"1\"").send(), 200);

        donation(admin, "GOODS", 500_000, "2021-03-01", "\"SANMEN\"");
        donation(admin, "MONEY", 100_000, "2021-03-02", "\"SANMEN\"");
        donation(admin, "GOODS", 20_000, "2021-12-31", "null");
        donation(admin, "GOODS", 70_000, "2022-01-01", "\"SANMEN\"");

        String h1 = household(admin, "SANMEN");
        String h2 = household(admin, "SANMEN");
        String h3 = household(admin, "SANMEN");
        String h4 = household(admin, "TIANTAI");
        activity(admin, "PARENT_CHILD", "2021-06-01", "\"SANMEN\"", h1, h2);
        activity(admin, "SUMMER_CARE", "2021-07-15", "\"SANMEN\"", h2, h3);
        activity(admin, "PARENT_CHILD", "2022-01-02", "\"SANMEN\"", h1);
        activity(admin, "PARENT_CHILD", "2021-09-01", "null", h1, h4);

        mediation(admin, "SANMEN", "2021-05-05");
        mediation(admin, "TIANTAI", "2022-01-01");

        assertThat(figures(admin, "2021-01-01", "2021-12-31", "SANMEN")).isEqualTo(new Figures(1, 1, 1, 500_000, 3, 1, 2, 1, 2));
        assertThat(figures(admin, "2021-01-01", "2021-12-31", "TIANTAI")).isEqualTo(new Figures(1, 0, 1, 0, 0, 0, 0, 0, 0));
        assertThat(figures(admin, "2021-01-01", "2021-12-31", null)).isEqualTo(new Figures(2, 1, 2, 520_000, 4, 2, 2, 1, 2));
        assertThat(figures(admin, "2021-07-01", "2021-07-31", "SANMEN")).as("a month: the match ended on 1 August still ran")
                .isEqualTo(new Figures(2, 2, 1, 0, 2, 0, 0, 0, 2));
        assertThat(figures(admin, "2020-01-01", "2021-12-31", null).insuredWomen()).as("one woman over two years").isEqualTo(2);
        assertThat(figures(admin, "2021-09-01", "2021-09-30", null).caringMothers()).as("the withdrawal took effect on 1 October")
                .isEqualTo(3);

        HttpApi sanmenStaff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("SANMEN"));
        assertThat(sanmenStaff.get("/api/v1/care-statistics?from=2021-01-01&to=2021-12-31").send().json().get("townCode").asString())
                .isEqualTo("SANMEN");
        assertThat(sanmenStaff.get("/api/v1/care-statistics?from=2021-01-01&to=2021-12-31&townCode=TIANTAI").send().status()).isEqualTo(403);
        Reply backwards = admin.get("/api/v1/care-statistics?from=2021-12-31&to=2021-01-01").send();
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.header("Content-Type")).contains("application/problem+json");
    }

    private record Figures(long caringMothers, long activeMatches, long insuredWomen, long donatedSuppliesFen, long householdsServed,
                           long parentChildActivities, long visits, long mediationCases, long childrenServed) {
    }

    private static Figures figures(HttpApi admin, String from, String to, String town) {
        JsonNode json = admin.get("/api/v1/care-statistics?from=%s&to=%s%s".formatted(from, to, town == null ? "" : "&townCode=" + town))
                .send().json();
        return new Figures(json.get("caringMothers").asLong(), json.get("activeMatches").asLong(), json.get("insuredWomen").asLong(),
                json.get("donatedSuppliesFen").asLong(), json.get("householdsServed").asLong(), json.get("parentChildActivities").asLong(),
                json.get("visits").asLong(), json.get("mediationCases").asLong(), json.get("childrenServed").asLong());
    }

    /** Registered, certified and activated from the day, withdrawn on {@code withdrawnOn} unless null. */
    private static String mother(CareDesk desk, String registeredOn, String withdrawnOn) {
        HttpApi admin = desk.admin();
        String mother = CareDesk.created(admin.post("/api/v1/caring-mothers", """
                {"personal":{"name":"统计妈妈"},"profile":{"skills":["DAILY_CARE"],"townCode":"%s","capacity":2,"safeguardingCheckedOn":"%s"},
                 "registeredOn":"%s"}""".formatted(desk.town(), BusinessDates.today().minusMonths(2), registeredOn)).send());
        LocalDate registered = LocalDate.parse(registeredOn);
        status(admin, mother, "CERTIFIED", registered.plusDays(1), 1);
        status(admin, mother, "ACTIVE", registered.plusDays(2), 2);
        if (withdrawnOn != null) {
            status(admin, mother, "WITHDRAWN", LocalDate.parse(withdrawnOn), 3);
        }
        return mother;
    }

    private static void status(HttpApi admin, String mother, String status, LocalDate on, int version) {
        CareDesk.require(admin.post("/api/v1/caring-mothers/" + mother + "/status-changes", """
                {"status":"%s","effectiveOn":"%s"}""".formatted(status, on)).header("If-Match", "\"" + version + "\"").send(), 200);
    }

    private static String confirmed(CareDesk desk, String child, String mother, String startedOn) {
        for (JsonNode proposal : desk.admin().post("/api/v1/children/" + child + "/match-proposals", "").send().json()) {
            if (proposal.get("motherId").asString().equals(mother)) {
                String match = proposal.get("id").asString();
                CareDesk.require(desk.admin().post("/api/v1/matches/" + match + "/confirmation", "{\"startedOn\":\"%s\"}".formatted(startedOn))
                        .header("If-Match", "\"1\"").send(), 200);
                return match;
            }
        }
        throw new IllegalStateException("not proposed");
    }

    private static String programme(HttpApi admin, int year) {
        return CareDesk.created(admin.post("/api/v1/insurance-programmes", """
                {"year":%d,"name":"%d年度女性安康保险","premiumFen":10000,"incomeLimitFen":200000,"minAge":18,"maxAge":60}"""
                .formatted(year, year)).send());
    }

    private static String enrolment(String programme, String idNumber, String town, String appliedOn) {
        return """
                {"programmeId":"%s","name":"参保人","idNumber":"%s","monthlyIncomePerCapitaFen":150000,"townCode":"%s","appliedOn":"%s"}"""
                .formatted(programme, idNumber, town, appliedOn);
    }

    private static String enrolled(HttpApi admin, String programme, String idNumber, String town, String appliedOn, String enrolledOn) {
        String enrolment = CareDesk.created(admin.post("/api/v1/insurance-enrolments", enrolment(programme, idNumber, town, appliedOn)).send());
        CareDesk.require(admin.post("/api/v1/insurance-enrolments/" + enrolment + "/enrolment", "{\"enrolledOn\":\"%s\"}".formatted(enrolledOn))
                .header("If-Match", "\"1\"").send(), 200);
        return enrolment;
    }

    private static void donation(HttpApi admin, String kind, long valueFen, String receivedOn, String town) {
        CareDesk.require(admin.post("/api/v1/donations", """
                {"kind":"%s","donorName":"爱心商家","donorKind":"MERCHANT","description":"学习用品","valueFen":%d,"receivedOn":"%s","townCode":%s}"""
                .formatted(kind, valueFen, receivedOn, town)).send(), 201);
    }

    private static String household(HttpApi admin, String town) {
        return CareDesk.created(admin.post("/api/v1/households", """
                {"townCode":"%s","newResident":true,"inHardship":false,"headName":"户主%s","registeredOn":"2021-01-05"}"""
                .formatted(town, UUID.randomUUID().toString().substring(0, 4))).send());
    }

    private static void activity(HttpApi admin, String kind, String heldOn, String town, String... households) {
        CareDesk.require(admin.post("/api/v1/family-activities", """
                {"kind":"%s","title":"亲子阅读","heldOn":"%s","townCode":%s,"householdIds":[%s]}"""
                .formatted(kind, heldOn, town, String.join(",", List.of(households).stream().map(id -> "\"" + id + "\"").toList()))).send(), 201);
    }

    private static void mediation(HttpApi admin, String town, String openedOn) {
        CareDesk.require(admin.post("/api/v1/mediation-cases", """
                {"kind":"MARRIAGE","parties":[{"name":"当事人甲","role":"WIFE"},{"name":"当事人乙","role":"HUSBAND"}],
                 "townCode":"%s","openedOn":"%s"}""".formatted(town, openedOn)).send(), 201);
    }
}
