package org.jinguo.org.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.org.OrganizationEvents;
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

@ServiceIntegrationTest
class OrganizationsIT {

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
    void foundsTheTreeAndPublishesEachOrganisationsFullStateValidAgainstItsSchema() {
        String city = fixtures.city();
        String village = api.post("/api/v1/regions/towns/GUSHAN/villages", """
                {"kind":"VILLAGE","nameZh":"晏塘村","nameEn":"Yantang"}""").send().json().get("id").asString();
        String gushan = fixtures.town("GUSHAN");

        Reply yantang = api.post("/api/v1/organizations", """
                {"type":"VILLAGE","nameZh":"晏塘村妇联","villageId":"%s","parentId":"%s","status":"ACTIVE","effectiveOn":"2021-05-04",
                 "address":"古山镇晏塘村文化礼堂"}""".formatted(village, gushan)).send();

        assertThat(yantang.status()).as(yantang.body()).isEqualTo(201);
        assertThat(yantang.header("ETag")).isEqualTo("\"1\"");
        JsonNode body = yantang.json();
        assertThat(body.get("townCode").asString()).as("taken from the parent").isEqualTo("GUSHAN");
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("foundedOn").asString()).isEqualTo("2021-05-04");
        String id = body.get("id").asString();

        List<ConsumerRecord<String, String>> events = TopicReader.readUntil(OrganizationEvents.TOPIC,
                records -> records.stream().map(ConsumerRecord::key).toList().containsAll(List.of(city, gushan, id)), PATIENCE);
        events.forEach(record -> assertThat(EventSchemas.violations(OrganizationEvents.ORGANIZATION_CHANGED, record.value()))
                .as(record.value()).isEmpty());
        assertThat(events.stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow().value())
                .contains("\"parentId\":\"" + gushan + "\"", "\"villageId\":\"" + village + "\"");
    }

    @Test
    void refusesAMoveThatMakesACycleOrCrossesTowns() {
        String express = fixtures.industry("EXPRESS_DELIVERY", "2022-06-01");
        String branch = api.post("/api/v1/organizations", """
                {"type":"INDUSTRY","nameZh":"快递分会","industry":"EXPRESS_DELIVERY","parentId":"%s","status":"ACTIVE",
                 "effectiveOn":"2022-07-01"}""".formatted(express)).send().json().get("id").asString();

        Reply cycle = api.post("/api/v1/organizations/" + express + "/move", """
                {"parentId":"%s"}""".formatted(branch)).header("If-Match", "\"1\"").send();
        Reply underItself = api.post("/api/v1/organizations/" + express + "/move", """
                {"parentId":"%s"}""".formatted(express)).header("If-Match", "\"1\"").send();

        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.json().get("code").asString()).isEqualTo("MOVE_MAKES_CYCLE");
        assertThat(underItself.json().get("code").asString()).isEqualTo("MOVE_MAKES_CYCLE");

        String village = api.post("/api/v1/regions/towns/ZHOUSHAN/villages", """
                {"kind":"VILLAGE","nameZh":"舟山测试村","nameEn":"Zhoushan Test Village"}""").send().json().get("id").asString();
        String zhoushan = fixtures.town("ZHOUSHAN");
        String dachen = api.post("/api/v1/organizations", """
                {"type":"VILLAGE","nameZh":"舟山测试村妇联","villageId":"%s","parentId":"%s","status":"ACTIVE","effectiveOn":"2021-01-01"}"""
                .formatted(village, zhoushan)).send().json().get("id").asString();
        Reply crossTown = api.post("/api/v1/organizations/" + dachen + "/move", """
                {"parentId":"%s"}""".formatted(fixtures.town("GUSHAN"))).header("If-Match", "\"1\"").send();

        assertThat(crossTown.status()).isEqualTo(409);
        assertThat(crossTown.json().get("code").asString()).isEqualTo("PARENT_IN_OTHER_TOWN");
        assertThat(api.get("/api/v1/organizations/" + dachen).send().json().get("parentId").asString()).isEqualTo(zhoushan);

        Reply moved = api.post("/api/v1/organizations/" + branch + "/move", """
                {"parentId":"%s"}""".formatted(fixtures.city())).header("If-Match", "\"1\"").send();
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void listsWithFiltersAndPagingAndGivesASubtreeDepthFirst() {
        String xixi = fixtures.town("XIXI");
        for (String name : List.of("乙单位妇联", "甲单位妇联", "丙单位妇联")) {
            api.post("/api/v1/organizations", """
                    {"type":"UNIT","nameZh":"%s","parentId":"%s","status":"PREPARING","effectiveOn":"2024-09-01"}"""
                    .formatted(name, xixi)).send();
        }

        Reply preparing = api.get("/api/v1/organizations?townCode=XIXI&status=PREPARING&size=2&sort=nameZh").send();
        Reply subtree = api.get("/api/v1/organizations/" + xixi + "/subtree").send();
        Reply byName = api.get("/api/v1/organizations?name=甲单位").send();

        assertThat(preparing.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(preparing.json().get("items")).hasSize(2);
        assertThat(subtree.json().get("items").findValuesAsString("type")).containsExactly("TOWN", "UNIT", "UNIT", "UNIT");
        assertThat(subtree.json().get("items").get(0).get("id").asString()).isEqualTo(xixi);
        assertThat(byName.json().get("items").findValuesAsString("nameZh")).containsExactly("甲单位妇联");
    }

    @Test
    void aPreparingOrganisationIsFoundedOnADateAndAnswersItsStatusAsOfToday() {
        String longshan = fixtures.town("LONGSHAN");
        String college = api.post("/api/v1/organizations", """
                {"type":"UNIT","nameZh":"永康五金技师学院妇联","parentId":"%s","status":"PREPARING","effectiveOn":"2024-09-01"}"""
                .formatted(longshan)).send().json().get("id").asString();

        Reply founded = api.post("/api/v1/organizations/" + college + "/activation", """
                {"effectiveOn":"2025-01-10"}""").header("If-Match", "\"1\"").send();
        Reply again = api.post("/api/v1/organizations/" + college + "/activation", """
                {"effectiveOn":"2025-02-10"}""").header("If-Match", "\"2\"").send();

        assertThat(founded.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(founded.json().get("preparedOn").asString()).isEqualTo("2024-09-01");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("ALREADY_FOUNDED");
    }

    @Test
    void dissolutionIsRefusedWhileItCoversUnitsUnlessASuccessorTakesThemOver() {
        String shizhu = fixtures.town("SHIZHU");
        String joint = api.post("/api/v1/organizations", """
                {"type":"UNIT","nameZh":"石柱工业区联合妇联","parentId":"%s","status":"ACTIVE","effectiveOn":"2021-03-01"}"""
                .formatted(shizhu)).send().json().get("id").asString();
        String unit = fixtures.unit("SHIZHU", "NEW_ECONOMIC_ORGANIZATION", "HARDWARE_MANUFACTURING");
        fixtures.cover(unit, joint, "REGIONAL_JOINT", "2021-06-01");
        String chair = api.post("/api/v1/organizations/" + joint + "/cadres", """
                {"nameZh":"应丽君","post":"CHAIR","termStartedOn":"2021-03-01"}""").send().json().get("id").asString();

        Reply refused = api.post("/api/v1/organizations/" + joint + "/dissolution", """
                {"effectiveOn":"2024-07-01"}""").header("If-Match", "\"1\"").send();
        Reply parentRefused = api.post("/api/v1/organizations/" + shizhu + "/dissolution", """
                {"effectiveOn":"2024-07-01","successorId":"%s"}""".formatted(joint)).header("If-Match", "\"1\"").send();
        Reply handedOver = api.post("/api/v1/organizations/" + joint + "/dissolution", """
                {"effectiveOn":"2024-07-01","successorId":"%s"}""".formatted(shizhu)).header("If-Match", "\"1\"").send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("ORGANIZATION_COVERS_UNITS");
        assertThat(parentRefused.json().get("code").asString()).isEqualTo("ORGANIZATION_HAS_MEMBERS");
        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        assertThat(handedOver.json().get("unitsHandedOver").asInt()).isEqualTo(1);
        assertThat(handedOver.json().get("organization").get("dissolvedOn").asString()).isEqualTo("2024-07-01");
        JsonNode history = api.get("/api/v1/units/" + unit + "/coverages").send().json();
        assertThat(history.findValuesAsString("organizationId")).containsExactly(shizhu, joint);
        assertThat(history.get(0).get("startedOn").asString()).isEqualTo("2024-07-01");
        assertThat(history.get(0).get("mode").asString()).isEqualTo("REGIONAL_JOINT");
        assertThat(history.get(1).get("endedOn").asString()).isEqualTo("2024-06-30");
        JsonNode cadre = api.get("/api/v1/cadres/" + chair).send().json();
        assertThat(cadre.get("termEndedOn").asString()).as("terms end with the organisation").isEqualTo("2024-06-30");

        String other = fixtures.unit("SHIZHU", "NEW_ECONOMIC_ORGANIZATION", "OTHER");
        Reply underDissolved = api.post("/api/v1/units/" + other + "/coverages", """
                {"organizationId":"%s","mode":"STANDALONE","startedOn":"2022-01-01"}""".formatted(joint)).send();
        assertThat(underDissolved.status()).isEqualTo(409);
        assertThat(underDissolved.json().get("code").asString()).isEqualTo("ORGANIZATION_DISSOLVED");
    }

    @Test
    void aFutureDissolutionKeepsNewCoverageFromOutlivingTheOrganisation() {
        String xiangzhu = fixtures.town("XIANGZHU");
        String closing = api.post("/api/v1/organizations", """
                {"type":"UNIT","nameZh":"即将撤销的妇联","parentId":"%s","status":"ACTIVE","effectiveOn":"2021-03-01"}"""
                .formatted(xiangzhu)).send().json().get("id").asString();
        api.post("/api/v1/organizations/" + closing + "/dissolution", """
                {"effectiveOn":"2099-12-31"}""").header("If-Match", "\"1\"").send();
        String unit = fixtures.unit("XIANGZHU", "NEW_SOCIAL_ORGANIZATION", "SOCIAL_SERVICES");

        Reply refused = api.post("/api/v1/units/" + unit + "/coverages", """
                {"organizationId":"%s","mode":"STANDALONE","startedOn":"2025-01-01"}""".formatted(closing)).send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("ORGANIZATION_DISSOLVED");
    }

    @Test
    void onlyOneCityFederationAndFieldMistakesAreNamed() {
        fixtures.city();
        Reply second = api.post("/api/v1/organizations", """
                {"type":"CITY","nameZh":"第二个市妇联","status":"ACTIVE","effectiveOn":"2020-01-01"}""").send();
        Reply noIndustry = api.post("/api/v1/organizations", """
                {"type":"INDUSTRY","nameZh":"无行业","parentId":"%s","status":"ACTIVE","effectiveOn":"2020-01-01"}"""
                .formatted(fixtures.city())).send();
        Reply unknownParent = api.post("/api/v1/organizations", """
                {"type":"TOWN","nameZh":"无上级","townCode":"HUAJIE","parentId":"0190f7a2-0000-7000-8000-000000000000",
                 "status":"ACTIVE","effectiveOn":"2020-01-01"}""").send();

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("CITY_FEDERATION_EXISTS");
        assertThat(noIndustry.status()).isEqualTo(400);
        assertThat(noIndustry.json().get("errors").get(0).get("field").asString()).isEqualTo("industry");
        assertThat(unknownParent.status()).isEqualTo(400);
        assertThat(unknownParent.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
        Reply townUnderCity = api.post("/api/v1/organizations", """
                {"type":"INDUSTRY","nameZh":"镇快递妇联","industry":"EXPRESS_DELIVERY","townCode":"GUSHAN","parentId":"%s",
                 "status":"ACTIVE","effectiveOn":"2020-01-01"}""".formatted(fixtures.city())).send();
        assertThat(townUnderCity.status()).isEqualTo(400);
        assertThat(townUnderCity.json().get("errors").get(0).get("field").asString()).isEqualTo("townCode");
    }
}
