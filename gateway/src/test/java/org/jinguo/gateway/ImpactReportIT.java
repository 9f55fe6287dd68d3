package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jinguo.localinfra.FreePorts;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The impact report's composition: the JSON contract front ends rely on, the caller's token
 * and town passed to each service, a slow and a dead service making only their own sections
 * UNAVAILABLE, and who may ask. The services' own figures are checked in their statistics tests
 * and, end to end, in the platform's test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImpactReportIT {

    private static final StatisticsStub ORG = new StatisticsStub("""
            {"asOf":"2025-03-05","townCode":null,"registeredUnits":1500,"coveredUnits":1136,"coverageRate":0.7573,"industryFederations":2}""", 0);
    private static final StatisticsStub TRAINING = new StatisticsStub("""
            {"from":"2022-01-01","to":"2025-03-05","townCode":null,"skillsSessionsHeld":163,"womenEmployed":1024,
             "averageYearlyIncomeRiseFen":3600000,"mentors":5,"mentorAgreements":12,"competitionContestants":20,
             "familyEducationLectures":10,"onlineViewers":1500}""", 0);
    private static final StatisticsStub SLOW_COMMERCE = new StatisticsStub("{\"marketEvents\":13}", 5_000);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
        registry.add("ORG_SERVICE_URL", ORG::url);
        registry.add("TRAINING_SERVICE_URL", TRAINING::url);
        registry.add("COMMERCE_SERVICE_URL", SLOW_COMMERCE::url);
        registry.add("CARE_SERVICE_URL", () -> "http://127.0.0.1:" + FreePorts.find());
        registry.add("GATEWAY_REPORT_SECTION_TIMEOUT", () -> "1s");
    }

    @AfterAll
    static void stop() {
        ORG.close();
        TRAINING.close();
        SLOW_COMMERCE.close();
    }

    @LocalServerPort
    int port;

    /** Every call is held against the gateway's own document. */
    private HttpApi gateway(String token) {
        HttpApi api = HttpApi.onLocalPort(port);
        return token == null ? api : api.as(token);
    }

    @Test
    void eachSectionComesFromItsServiceAndAServiceThatDoesNotAnswerMakesOnlyItsOwnSectionUnavailable() {
        String token = TestTokens.cityAdmin();
        long started = System.nanoTime();

        HttpApi.Reply reply = gateway(token).get("/api/v1/reports/impact?from=2022-01-01&to=2025-03-05").send();

        assertThat((System.nanoTime() - started) / 1_000_000).as("the slow service's time limit, not its delay").isLessThan(4_000);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("from").asString()).isEqualTo("2022-01-01");
        assertThat(report.get("to").asString()).isEqualTo("2025-03-05");
        assertThat(report.get("townCode").isNull()).as("the whole city").isTrue();
        assertThat(report.get("organizations").properties()).extracting(Map.Entry::getKey)
                .containsExactly("status", "newDomainUnitsCovered", "industryFederations");
        assertThat(report.at("/organizations/status").asString()).isEqualTo("OK");
        assertThat(report.at("/organizations/newDomainUnitsCovered").asLong()).isEqualTo(1136);
        assertThat(report.at("/organizations/industryFederations").asLong()).isEqualTo(2);
        assertThat(report.at("/training/status").asString()).isEqualTo("OK");
        assertThat(report.at("/training/skillsSessionsHeld").asLong()).isEqualTo(163);
        assertThat(report.at("/training/averageYearlyIncomeRiseFen").asLong()).isEqualTo(3600000);
        assertThat(report.at("/training/onlineViewers").asLong()).isEqualTo(1500);
        assertThat(report.get("commerce").properties()).extracting(Map.Entry::getKey).containsExactly("status");
        assertThat(report.at("/commerce/status").asString()).isEqualTo("UNAVAILABLE");
        assertThat(report.at("/care/status").asString()).isEqualTo("UNAVAILABLE");
        assertThat(ORG.lastRequest().getQuery()).isEqualTo("asOf=2025-03-05");
        assertThat(TRAINING.lastRequest().getPath()).isEqualTo("/api/v1/training-statistics");
        assertThat(TRAINING.lastRequest().getQuery()).isEqualTo("from=2022-01-01&to=2025-03-05");
        assertThat(TRAINING.lastAuthorization()).as("each service authorises the caller again").isEqualTo(token);
    }

    @Test
    void townStaffGetTheirOwnTownsReportOnly() {
        HttpApi gushan = gateway(TestTokens.townStaff("GUSHAN"));

        assertThat(gushan.get("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31").send().json().get("townCode").asString())
                .isEqualTo("GUSHAN");
        assertThat(TRAINING.lastRequest().getQuery()).isEqualTo("from=2024-01-01&to=2024-12-31&townCode=GUSHAN");
        HttpApi.Reply otherTown = gushan.get("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31&townCode=QIANCANG").send();
        assertThat(otherTown.status()).isEqualTo(403);
        assertThat(otherTown.json().get("code").asString()).isEqualTo("OTHER_TOWN");
        assertThat(gateway(TestTokens.cityAdmin()).get("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31&townCode=QIANCANG").send()
                .json().get("townCode").asString()).isEqualTo("QIANCANG");
        assertThat(gateway(TestTokens.role("CARE_STAFF", null)).get("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31").send()
                .status()).isEqualTo(403);
        assertThat(gateway(null).get("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31").send().status()).isEqualTo(401);
    }

    @Test
    void aMissingOrBackwardsPeriodIsA400ProblemNamingEachFieldInTheCallersLanguage() {
        HttpApi.Reply backwards = gateway(TestTokens.cityAdmin()).get("/api/v1/reports/impact?from=2024-12-31&to=2024-01-01&townCode=gushan")
                .header("Accept-Language", "en").send();
        HttpApi.Reply missing = gateway(TestTokens.cityAdmin()).get("/api/v1/reports/impact?to=2024-13-01").send();

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(backwards.json().get("errors").findValuesAsString("field")).containsExactly("to", "townCode");
        assertThat(backwards.json().get("errors").findValuesAsString("message"))
                .containsExactly("must not be before from", "is not a town code (capital letters and underscores, e.g. GUSHAN)");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("code")).containsExactly("REQUIRED", "INVALID_DATE");
        assertThat(missing.json().get("errors").findValuesAsString("message")).containsExactly("必须填写", "不是 YYYY-MM-DD 格式的日期");
    }
}
