package org.jinguo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.localinfra.FreePorts;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The impact report's composition: the JSON contract front ends rely on, the caller's token
 * and town passed to each service, a slow and a dead service making only their own sections
 * UNAVAILABLE, and who may ask. The services' own figures are checked in their statistics tests
 * and, end to end, in the platform's test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
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

    @Autowired
    WebTestClient client;

    @Test
    void eachSectionComesFromItsServiceAndAServiceThatDoesNotAnswerMakesOnlyItsOwnSectionUnavailable() {
        String token = TestTokens.cityAdmin();
        long started = System.nanoTime();

        client.get().uri("/api/v1/reports/impact?from=2022-01-01&to=2025-03-05").header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.from").isEqualTo("2022-01-01")
                .jsonPath("$.to").isEqualTo("2025-03-05")
                .jsonPath("$.townCode").doesNotExist()
                .jsonPath("$.organizations.status").isEqualTo("OK")
                .jsonPath("$.organizations.newDomainUnitsCovered").isEqualTo(1136)
                .jsonPath("$.organizations.industryFederations").isEqualTo(2)
                .jsonPath("$.organizations.registeredUnits").doesNotExist()
                .jsonPath("$.training.status").isEqualTo("OK")
                .jsonPath("$.training.skillsSessionsHeld").isEqualTo(163)
                .jsonPath("$.training.averageYearlyIncomeRiseFen").isEqualTo(3600000)
                .jsonPath("$.training.onlineViewers").isEqualTo(1500)
                .jsonPath("$.commerce.status").isEqualTo("UNAVAILABLE")
                .jsonPath("$.commerce.marketEvents").doesNotExist()
                .jsonPath("$.care.status").isEqualTo("UNAVAILABLE");

        assertThat((System.nanoTime() - started) / 1_000_000).as("the slow service's time limit, not its delay").isLessThan(4_000);
        assertThat(ORG.lastRequest().getQuery()).isEqualTo("asOf=2025-03-05");
        assertThat(TRAINING.lastRequest().getPath()).isEqualTo("/api/v1/training-statistics");
        assertThat(TRAINING.lastRequest().getQuery()).isEqualTo("from=2022-01-01&to=2025-03-05");
        assertThat(TRAINING.lastAuthorization()).as("each service authorises the caller again").isEqualTo(token);
    }

    @Test
    void townStaffGetTheirOwnTownsReportOnly() {
        String gushan = TestTokens.townStaff("GUSHAN");

        client.get().uri("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31").header(HttpHeaders.AUTHORIZATION, gushan)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.townCode").isEqualTo("GUSHAN");
        assertThat(TRAINING.lastRequest().getQuery()).isEqualTo("from=2024-01-01&to=2024-12-31&townCode=GUSHAN");
        client.get().uri("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31&townCode=QIANCANG").header(HttpHeaders.AUTHORIZATION, gushan)
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("OTHER_TOWN");
        client.get().uri("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31&townCode=QIANCANG")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.townCode").isEqualTo("QIANCANG");
        client.get().uri("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.role("CARE_STAFF", null))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/reports/impact?from=2024-01-01&to=2024-12-31").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aMissingOrBackwardsPeriodIsA400ProblemNamingTheFields() {
        client.get().uri("/api/v1/reports/impact?from=2024-12-31&to=2024-01-01&townCode=gushan")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("to", "townCode"));
        client.get().uri("/api/v1/reports/impact?to=2024-13-01").header(HttpHeaders.AUTHORIZATION, TestTokens.cityAdmin())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].code").value(codes -> assertThat(codes.toString()).contains("REQUIRED", "INVALID_DATE"));
    }
}
