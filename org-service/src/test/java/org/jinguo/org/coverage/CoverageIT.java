package org.jinguo.org.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.org.UnitEvents;
import org.jinguo.org.OrgFixtures;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The unit register and its coverage, through the API. Only this test uses FANGYAN, so its figures there are exact. */
@ServiceIntegrationTest
class CoverageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    HttpApi api;
    OrgFixtures fixtures;

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
        fixtures = new OrgFixtures(api);
    }

    @Test
    void registersAUnitWithAValidCreditCodeOnceAndPublishesIt() {
        String code = OrgFixtures.creditCode();
        Reply registered = api.post("/api/v1/units", """
                {"nameZh":"永康某快递网点","creditCode":"%s","domain":"NEW_EMPLOYMENT_GROUP","industry":"EXPRESS_DELIVERY",
                 "townCode":"ZHIYING","headcount":30,"womenHeadcount":12,"registeredOn":"2022-04-01"}"""
                .formatted(code.toLowerCase())).send();
        Reply again = api.post("/api/v1/units", """
                {"nameZh":"重复单位","creditCode":"%s","domain":"NEW_ECONOMIC_ORGANIZATION","industry":"OTHER",
                 "townCode":"ZHIYING","headcount":3,"womenHeadcount":1}""".formatted(code)).send();
        Reply wrongCheck = api.post("/api/v1/units", """
                {"nameZh":"错码单位","creditCode":"91350100M000100Y44","domain":"NEW_ECONOMIC_ORGANIZATION","industry":"OTHER",
                 "townCode":"ZHIYING","headcount":3,"womenHeadcount":1}""").send();
        Reply moreWomen = api.post("/api/v1/units", """
                {"nameZh":"人数不对","creditCode":"%s","domain":"NEW_ECONOMIC_ORGANIZATION","industry":"OTHER",
                 "townCode":"ZHIYING","headcount":3,"womenHeadcount":4}""".formatted(OrgFixtures.creditCode())).send();

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("creditCode").asString()).isEqualTo(code);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("CREDIT_CODE_TAKEN");
        assertThat(wrongCheck.status()).isEqualTo(400);
        assertThat(wrongCheck.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
        assertThat(moreWomen.json().get("errors").get(0).get("field").asString()).isEqualTo("womenHeadcount");

        String id = registered.json().get("id").asString();
        ConsumerRecord<String, String> event = TopicReader.readUntil(UnitEvents.TOPIC,
                records -> records.stream().anyMatch(r -> r.key().equals(id)), PATIENCE)
                .stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
        assertThat(EventSchemas.violations(UnitEvents.UNIT_CHANGED, event.value())).isEmpty();
    }

    @Test
    void countsCoverageOnPastDatesWithCoverageEndedAndRestarted() {
        String fangyan = fixtures.town("FANGYAN");
        String express = fixtures.industry("EXPRESS_DELIVERY", "2021-01-01");
        String courier = fixtures.unit("FANGYAN", "NEW_EMPLOYMENT_GROUP", "EXPRESS_DELIVERY");
        String factory = fixtures.unit("FANGYAN", "NEW_ECONOMIC_ORGANIZATION", "HARDWARE_MANUFACTURING");
        fixtures.unit("FANGYAN", "NEW_SOCIAL_ORGANIZATION", "SOCIAL_SERVICES");

        String first = fixtures.cover(courier, express, "INDUSTRY_WIDE", "2022-03-01");
        Reply overlapping = api.post("/api/v1/units/" + courier + "/coverages", """
                {"organizationId":"%s","mode":"REGIONAL_JOINT","startedOn":"2022-05-01"}""".formatted(fangyan)).send();
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().get("code").asString()).isEqualTo("UNIT_ALREADY_COVERED");
        Reply ended = api.post("/api/v1/coverage/" + first + "/end", """
                {"endedOn":"2023-06-30"}""").send();
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        fixtures.cover(courier, fangyan, "REGIONAL_JOINT", "2024-01-01");
        fixtures.cover(factory, fangyan, "REGIONAL_JOINT", "2022-01-01");

        assertThat(covered("2021-12-31")).isZero();
        assertThat(covered("2022-03-01")).isEqualTo(2);
        assertThat(covered("2023-06-30")).isEqualTo(2);
        assertThat(covered("2023-07-01")).isEqualTo(1);
        assertThat(covered("2024-01-01")).isEqualTo(2);

        JsonNode summary = api.get("/api/v1/coverage/summary?asOf=2023-07-01&townCode=FANGYAN").send().json();
        assertThat(summary.get("registeredUnits").asLong()).isEqualTo(3);
        assertThat(summary.get("coverageRate").decimalValue()).isEqualByComparingTo("0.3333");
        JsonNode byMode = api.get("/api/v1/coverage/report?by=MODE&asOf=2022-06-01&townCode=FANGYAN").send().json().get("items");
        assertThat(byMode.findValuesAsString("group")).containsExactly("INDUSTRY_WIDE", "REGIONAL_JOINT", "STANDALONE");
        assertThat(byMode.get(0).get("coveredUnits").asLong()).isEqualTo(1);
        assertThat(byMode.get(1).get("coveredUnits").asLong()).isEqualTo(1);
        JsonNode byDomain = api.get("/api/v1/coverage/report?by=DOMAIN&asOf=2024-06-01&townCode=FANGYAN").send().json().get("items");
        assertThat(byDomain.findValuesAsString("group"))
                .containsExactly("NEW_ECONOMIC_ORGANIZATION", "NEW_EMPLOYMENT_GROUP", "NEW_SOCIAL_ORGANIZATION");
        assertThat(byDomain.findValues("coveredUnits").stream().map(JsonNode::asLong).toList()).containsExactly(1L, 1L, 0L);
        JsonNode byTown = api.get("/api/v1/coverage/report?by=TOWN&asOf=2024-06-01&townCode=FANGYAN").send().json().get("items");
        assertThat(byTown).hasSize(1);
        assertThat(byTown.get(0).get("group").asString()).isEqualTo("FANGYAN");
        assertThat(byTown.get(0).get("registeredUnits").asLong()).isEqualTo(3);
        assertThat(byTown.get(0).get("coveredUnits").asLong()).as("counted from the coverages, as by domain from the units")
                .isEqualTo(2);
        assertThat(byTown.get(0).get("coverageRate").decimalValue()).isEqualByComparingTo("0.6667");

        JsonNode behind = api.get("/api/v1/coverage/units?asOf=2023-07-01&townCode=FANGYAN&covered=false").send().json();
        assertThat(behind.get("totalItems").asLong()).isEqualTo(2);
        assertThat(behind.get("items").findValuesAsString("unitId")).contains(courier);
        JsonNode history = api.get("/api/v1/units/" + courier + "/coverages").send().json();
        assertThat(history.findValuesAsString("mode")).containsExactly("REGIONAL_JOINT", "INDUSTRY_WIDE");

        List<ConsumerRecord<String, String>> coverageEvents = TopicReader.readUntil(UnitEvents.TOPIC,
                records -> records.stream().filter(r -> r.key().equals(courier) && r.value().contains(UnitEvents.COVERAGE_CHANGED))
                        .count() >= 3, PATIENCE).stream()
                .filter(r -> r.key().equals(courier) && r.value().contains(UnitEvents.COVERAGE_CHANGED)).toList();
        coverageEvents.forEach(record -> assertThat(EventSchemas.violations(UnitEvents.COVERAGE_CHANGED, record.value()))
                .as(record.value()).isEmpty());
        assertThat(coverageEvents.get(1).value()).contains("\"endedOn\":\"2023-06-30\"");
    }

    @Test
    void theIndustryFederationsActiveOnADayCountForTheCityAndExportsAsCsv() {
        long before = api.get("/api/v1/coverage/summary?asOf=2025-03-05").send().json().get("industryFederations").asLong();
        fixtures.industry("INTERNET", "2023-05-01");
        String late = fixtures.industry("FOOD_DELIVERY", "2025-04-01");

        assertThat(api.get("/api/v1/coverage/summary?asOf=2025-03-05").send().json().get("industryFederations").asLong())
                .isEqualTo(before + 1);
        assertThat(api.get("/api/v1/coverage/summary?asOf=2025-03-05&townCode=GUSHAN").send().json()
                .get("industryFederations").asLong()).isZero();
        assertThat(late).isNotBlank();

        Reply csv = api.get("/api/v1/coverage/report?by=TOWN").header("Accept", "text/csv").send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo("\uFEFFgroup,registeredUnits,coveredUnits,coverageRate");
        Reply units = api.get("/api/v1/coverage/units?covered=true").header("Accept", "text/csv").send();
        assertThat(units.header("Content-Type")).startsWith("text/csv");

        for (String bad : new String[] {"/api/v1/coverage/report", "/api/v1/coverage/report?by=COLOUR",
                "/api/v1/coverage/summary?asOf=2025-13-01", "/api/v1/coverage/units?covered=perhaps"}) {
            Reply refused = api.get(bad).send();
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(bad).startsWith("application/problem+json");
        }
    }

    private long covered(String asOf) {
        Reply summary = api.get("/api/v1/coverage/summary?asOf=" + asOf + "&townCode=FANGYAN").send();
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        return summary.json().get("coveredUnits").asLong();
    }
}
