package org.jinguo.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jinguo.events.org.OrganizationEvents;
import org.jinguo.events.org.RegionEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishes towns, villages and organisations as org-service does, and waits until a service's copies (ADR 7) have them. */
public final class ReferenceEvents {

    private ReferenceEvents() {
    }

    public static void towns(JdbcClient serviceDatabase, String... towns) {
        for (String town : towns) {
            EventPublisher.publish(RegionEvents.TOPIC, town, """
                    {"specversion":"1.0","id":"%s","source":"org-service","type":"%s","subject":"%s","time":"%s",
                     "datacontenttype":"application/json","data":{"code":"%s","kind":"TOWN","nameZh":"%s","nameEn":"%s",
                     "latitude":null,"longitude":null,"neighborTownCodes":[],"revision":1}}"""
                    .formatted(UUID.randomUUID(), RegionEvents.TOWN_CHANGED, town, Instant.now(), town, town, town));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> serviceDatabase.sql("select count(*) from region_town where code in (:codes)")
                .param("codes", List.of(towns)).query(Long.class).single() == towns.length);
    }

    /** A town bordering others, as org-service publishes it; matching reads the neighbours. */
    public static void townWithNeighbours(JdbcClient serviceDatabase, String town, String... neighbours) {
        String codes = String.join(",", List.of(neighbours).stream().map(code -> "\"" + code + "\"").toList());
        EventPublisher.publish(RegionEvents.TOPIC, town, """
                {"specversion":"1.0","id":"%s","source":"org-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":{"code":"%s","kind":"TOWN","nameZh":"%s","nameEn":"%s",
                 "latitude":null,"longitude":null,"neighborTownCodes":[%s],"revision":2}}"""
                .formatted(UUID.randomUUID(), RegionEvents.TOWN_CHANGED, town, Instant.now(), town, town, town, codes));
        await().atMost(Duration.ofSeconds(60)).until(() -> serviceDatabase.sql("select count(*) from region_town_neighbor where town_code = :code")
                .param("code", town).query(Long.class).single() == neighbours.length);
    }

    /** An active village of the town, as org-service publishes it. */
    public static void village(JdbcClient serviceDatabase, UUID id, String townCode) {
        EventPublisher.publish(RegionEvents.TOPIC, id.toString(), """
                {"specversion":"1.0","id":"%s","source":"org-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":{"id":"%s","townCode":"%s","kind":"VILLAGE","nameZh":"村%s",
                 "nameEn":null,"latitude":null,"longitude":null,"status":"ACTIVE","retiredOn":null,"revision":1}}"""
                .formatted(UUID.randomUUID(), RegionEvents.VILLAGE_CHANGED, id, Instant.now(), id, townCode, id));
        await().atMost(Duration.ofSeconds(60)).until(() -> serviceDatabase.sql("select count(*) from region_village where id = :id")
                .param("id", id).query(Long.class).single() == 1);
    }

    /**
     * @param townCode    null for a city-wide organisation
     * @param dissolvedOn null, or a date like {@code 2024-01-01}
     */
    public static void organization(JdbcClient serviceDatabase, UUID id, String type, String townCode, String dissolvedOn) {
        EventPublisher.publish(OrganizationEvents.TOPIC, id.toString(), """
                {"specversion":"1.0","id":"%s","source":"org-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":{"id":"%s","type":"%s","nameZh":"妇联%s","townCode":%s,
                 "parentId":null,"foundedOn":"2000-01-01","dissolvedOn":%s,"revision":1}}"""
                .formatted(UUID.randomUUID(), OrganizationEvents.ORGANIZATION_CHANGED, id, Instant.now(), id, type, id,
                        quoted(townCode), quoted(dissolvedOn)));
        await().atMost(Duration.ofSeconds(60)).until(() -> serviceDatabase.sql("select count(*) from organization_copy where id = :id")
                .param("id", id).query(Long.class).single() == 1);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
