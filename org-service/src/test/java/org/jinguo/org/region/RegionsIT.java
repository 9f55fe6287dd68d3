package org.jinguo.org.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.org.RegionEvents;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.jinguo.values.MobilePhone;
import org.jinguo.values.TownCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class RegionsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
    }

    @Test
    void listsTheSeededTownsPageByPageSortedAsAsked() {
        Reply first = api.get("/api/v1/regions/towns?size=6&sort=nameEn,desc").send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("totalItems").asLong()).isEqualTo(15);
        assertThat(first.json().get("items")).hasSize(6);
        assertThat(first.json().get("items").get(0).get("code").asString()).isEqualTo("ZHOUSHAN");
        Reply last = api.get("/api/v1/regions/towns?size=6&page=2&sort=nameEn,desc").send();
        assertThat(last.json().get("items")).hasSize(3);
        assertThat(api.get("/api/v1/regions/towns?kind=SUBDISTRICT").send().json().get("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void refusesBadPagingWithTheFieldNamed() {
        Reply reply = api.get("/api/v1/regions/towns?size=201&page=-1&sort=population").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").findValuesAsString("field")).contains("size", "page");
        assertThat(api.get("/api/v1/regions/towns?sort=population").send().json().get("errors").get(0).get("field").asString())
                .isEqualTo("sort");
    }

    @Test
    void answersListsAsCsvForSpreadsheets() {
        Reply reply = api.get("/api/v1/regions/towns?size=200&sort=code").header("Accept", "text/csv").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        List<String> lines = reply.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFcode,kind,nameZh,nameEn,latitude,longitude,neighborTownCodes,version");
        assertThat(lines).hasSize(16).anyMatch(line -> line.startsWith("GUSHAN,TOWN,古山镇,Gushan Town,"));
    }

    @Test
    void unknownTownIsA404ProblemInTheCallersLanguageCarryingTheRequestId() {
        Reply chinese = api.get("/api/v1/regions/towns/ATLANTIS").header("X-Request-Id", "trace-me-1").send();
        Reply english = api.get("/api/v1/regions/towns/ATLANTIS").header("Accept-Language", "en").send();

        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("code").asString()).isEqualTo("TOWN_NOT_FOUND");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("没有代码为 ATLANTIS 的镇街。");
        assertThat(chinese.json().get("requestId").asString()).isEqualTo("trace-me-1");
        assertThat(chinese.header("X-Request-Id")).isEqualTo("trace-me-1");
        assertThat(english.json().get("detail").asString()).isEqualTo("There is no town with code ATLANTIS.");
        assertThat(english.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void neighborsAreMutualAndEveryChangedTownIsPublished() {
        Reply before = api.get("/api/v1/regions/towns/LONGSHAN").send();
        String etag = before.header("ETag");

        Reply revised = api.put("/api/v1/regions/towns/LONGSHAN", """
                {"nameZh":"龙山镇","nameEn":"Longshan Town","latitude":28.81,"longitude":120.12,
                 "neighborTownCodes":["XIXI","SHIZHU"]}""").header("If-Match", etag).send();

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("neighborTownCodes").toString()).isEqualTo("[\"SHIZHU\",\"XIXI\"]");
        assertThat(api.get("/api/v1/regions/towns/XIXI").send().json().get("neighborTownCodes").toString()).contains("LONGSHAN");
        Reply narrowed = api.put("/api/v1/regions/towns/LONGSHAN", """
                {"nameZh":"龙山镇","nameEn":"Longshan Town","latitude":28.81,"longitude":120.12,"neighborTownCodes":["SHIZHU"]}""")
                .header("If-Match", revised.header("ETag")).send();
        assertThat(narrowed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/regions/towns/XIXI").send().json().get("neighborTownCodes").toString()).doesNotContain("LONGSHAN");

        List<ConsumerRecord<String, String>> events = TopicReader.readUntil(RegionEvents.TOPIC,
                records -> records.stream().filter(r -> r.key().equals("XIXI")).count() >= 3, PATIENCE);
        List<ConsumerRecord<String, String>> xixi = events.stream().filter(r -> r.key().equals("XIXI")).toList();
        assertThat(xixi.get(xixi.size() - 1).value()).contains("\"neighborTownCodes\":[]");
        events.stream().filter(record -> record.value().contains(RegionEvents.TOWN_CHANGED))
                .forEach(record -> assertThat(EventSchemas.violations(RegionEvents.TOWN_CHANGED, record.value()))
                        .as(record.value()).isEmpty());
    }

    @Test
    void theTraceOfTheRequestTravelsWithItsEvent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Reply created = api.post("/api/v1/regions/towns/FANGYAN/villages", """
                {"kind":"VILLAGE","nameZh":"岩下村"}""").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").send();
        String id = created.json().get("id").asString();

        ConsumerRecord<String, String> event = TopicReader.readUntil(RegionEvents.TOPIC,
                        records -> records.stream().anyMatch(r -> r.key().equals(id)), PATIENCE)
                .stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();

        assertThat(new String(event.headers().lastHeader("traceparent").value())).startsWith("00-" + traceId + "-");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String body = """
                {"nameZh":"花街镇","nameEn":"Huajie Town","neighborTownCodes":[]}""";
        Reply withoutIfMatch = api.put("/api/v1/regions/towns/HUAJIE", body).send();
        String etag = api.get("/api/v1/regions/towns/HUAJIE").send().header("ETag");
        Reply first = api.put("/api/v1/regions/towns/HUAJIE", body).header("If-Match", etag).send();
        Reply stale = api.put("/api/v1/regions/towns/HUAJIE", body).header("If-Match", etag).send();

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("PRECONDITION_FAILED");
    }

    @Test
    void seededTownsArePublishedAndRebuildableFromTheTopic() {
        List<ConsumerRecord<String, String>> events = TopicReader.readUntil(RegionEvents.TOPIC,
                records -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).size() >= 15, PATIENCE);

        Set<String> codes = events.stream().filter(r -> r.value().contains(RegionEvents.TOWN_CHANGED))
                .map(ConsumerRecord::key).collect(Collectors.toSet());
        assertThat(codes).contains("DONGCHENG", "GUSHAN", "QIANCANG", "ECON_DEV_ZONE").hasSizeGreaterThanOrEqualTo(15);
        assertThat(EventSchemas.violations(RegionEvents.TOWN_CHANGED, events.get(0).value())).isEmpty();
    }

    @Test
    void villagesAreAddedFoundRenamedAndRetired() {
        Reply created = api.post("/api/v1/regions/towns/QIANCANG/villages", """
                {"kind":"VILLAGE","nameZh":"大陈村","nameEn":"Dachen","latitude":29.01,"longitude":120.05}""").send();

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        assertThat(created.header("Location")).isEqualTo("/api/v1/regions/villages/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Reply duplicate = api.post("/api/v1/regions/towns/QIANCANG/villages", """
                {"kind":"VILLAGE","nameZh":"大陈村"}""").send();
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asString()).isEqualTo("VILLAGE_NAME_TAKEN");

        Reply found = api.get("/api/v1/regions/villages?townCode=QIANCANG&name=dachen").send();
        assertThat(found.json().get("items").findValuesAsString("id")).containsExactly(id);

        Reply renamed = api.put("/api/v1/regions/villages/" + id, """
                {"kind":"VILLAGE","nameZh":"大陈村","nameEn":"Dachen Village"}""").header("If-Match", "\"1\"").send();
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("latitude").isNull()).isTrue();

        Reply retired = api.post("/api/v1/regions/villages/" + id + "/retirement", """
                {"effectiveOn":"2025-01-01"}""").header("If-Match", renamed.header("ETag")).send();
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
        Reply afterRetirement = api.put("/api/v1/regions/villages/" + id, """
                {"kind":"VILLAGE","nameZh":"新大陈村"}""").header("If-Match", retired.header("ETag")).send();
        assertThat(afterRetirement.status()).isEqualTo(409);
        assertThat(afterRetirement.json().get("code").asString()).isEqualTo("VILLAGE_RETIRED");
        assertThat(api.get("/api/v1/regions/villages?status=ACTIVE&townCode=QIANCANG").send().json().get("totalItems").asLong()).isZero();

        List<ConsumerRecord<String, String>> events = TopicReader.readUntil(RegionEvents.TOPIC,
                records -> records.stream().filter(r -> r.key().equals(id)).count() >= 3, PATIENCE);
        List<ConsumerRecord<String, String>> villageEvents = events.stream().filter(r -> r.key().equals(id)).toList();
        assertThat(villageEvents).hasSize(3);
        assertThat(villageEvents.get(2).value()).contains("\"status\":\"RETIRED\"", "\"retiredOn\":\"2025-01-01\"");
        villageEvents.forEach(record -> assertThat(EventSchemas.violations(RegionEvents.VILLAGE_CHANGED, record.value()))
                .as(record.value()).isEmpty());
    }

    @Test
    void validationNamesEveryOffendingField() {
        Reply reply = api.post("/api/v1/regions/towns/GUSHAN/villages", """
                {"kind":"VILLAGE","nameZh":"","latitude":28.9}""").header("Accept-Language", "en").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors.findValuesAsString("field")).contains("nameZh");
        assertThat(jdbc.sql("select count(*) from village where town_code = 'GUSHAN' and name_zh = ''").query(Long.class).single()).isZero();
        Reply halfLocation = api.post("/api/v1/regions/towns/GUSHAN/villages", """
                {"kind":"VILLAGE","nameZh":"半坐标村","latitude":28.9}""").send();
        assertThat(halfLocation.status()).isEqualTo(400);
        assertThat(halfLocation.json().get("errors").get(0).get("field").asString()).isEqualTo("longitude");
    }

    @Test
    void publishesItsOpenApiDocumentWithARelativeServer() {
        JsonNode document = api.get("/v3/api-docs").send().json();

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("info").get("title").asString()).isEqualTo("Jinguo org-service");
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
        assertThat(document.get("paths").has("/api/v1/regions/towns/{code}/villages")).isTrue();
        JsonNode ifMatch = document.at("/paths/~1api~1v1~1regions~1towns~1{code}/put/parameters").valueStream()
                .filter(parameter -> parameter.get("name").asString().equals("If-Match")).findFirst().orElseThrow();
        assertThat(ifMatch.get("in").asString()).isEqualTo("header");
        assertThat(ifMatch.get("description").asString()).isEqualTo("The ETag the town was read with");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/login/flows/authorizationCode/authorizationUrl").asString())
                .endsWith("/oauth2/authorize");
        // The shared formats, documented as the patterns they are, on a query and in a body.
        JsonNode townCode = document.at("/paths/~1api~1v1~1units/get/parameters").valueStream()
                .filter(parameter -> parameter.get("name").asString().equals("townCode")).findFirst().orElseThrow();
        assertThat(townCode.at("/schema/pattern").asString()).isEqualTo(TownCode.FORMAT);
        assertThat(document.at("/components/schemas/CadreBody/properties/phone/pattern").asString()).isEqualTo(MobilePhone.FORMAT);
    }

    @Test
    void labelsEveryEnumerationInBothLanguages() {
        JsonNode labels = api.get("/api/v1/labels/org").send().json();

        assertThat(labels.get("VillageKind").get(0).get("code").asString()).isEqualTo("VILLAGE");
        assertThat(labels.get("VillageKind").get(0).get("zh").asString()).isEqualTo("村");
        assertThat(labels.get("TownKind").findValuesAsString("en")).containsExactly("Subdistrict", "Town", "Zone");
    }

    @Test
    void aRetriedCreationWithItsIdempotencyKeyHasOneEffect() {
        String body = """
                {"kind":"COMMUNITY","nameZh":"幂等社区"}""";
        Reply first = api.post("/api/v1/regions/towns/ZHIYING/villages", body).header("Idempotency-Key", "key-1").send();
        Reply retry = api.post("/api/v1/regions/towns/ZHIYING/villages", body).header("Idempotency-Key", "key-1").send();
        Reply otherBody = api.post("/api/v1/regions/towns/ZHIYING/villages", """
                {"kind":"COMMUNITY","nameZh":"另一个社区"}""").header("Idempotency-Key", "key-1").send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(jdbc.sql("select count(*) from village where town_code = 'ZHIYING'").query(Long.class).single()).isEqualTo(1);
    }
}
