package org.jinguo.training;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jinguo.events.org.RegionEvents;
import org.jinguo.testsupport.EventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishes towns as org-service does, and waits until training's copy of the regions has them. */
public final class KnownTowns {

    private KnownTowns() {
    }

    public static void publish(JdbcClient trainingDatabase, String... towns) {
        for (String town : towns) {
            EventPublisher.publish(RegionEvents.TOPIC, town, """
                    {"specversion":"1.0","id":"%s","source":"org-service","type":"%s","subject":"%s","time":"%s",
                     "datacontenttype":"application/json","data":{"code":"%s","kind":"TOWN","nameZh":"%s","nameEn":"%s",
                     "latitude":null,"longitude":null,"neighborTownCodes":[],"revision":1}}"""
                    .formatted(UUID.randomUUID(), RegionEvents.TOWN_CHANGED, town, Instant.now(), town, town, town));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> trainingDatabase.sql("select count(*) from region_town where code in (:codes)")
                .param("codes", List.of(towns)).query(Long.class).single() == towns.length);
    }
}
