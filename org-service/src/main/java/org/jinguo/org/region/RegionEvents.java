package org.jinguo.org.region;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.org.TownChangedV1;
import org.jinguo.events.org.VillageChangedV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes the full state of a changed region on the compacted {@code org.regions} topic. */
@Component
@RequiredArgsConstructor
class RegionEvents {

    private final EventOutbox outbox;

    void townChanged(Town town) {
        Coordinates location = town.location();
        outbox.publish(org.jinguo.events.org.RegionEvents.TOPIC, org.jinguo.events.org.RegionEvents.TOWN_CHANGED, town.code(),
                new TownChangedV1(town.code(), town.kind().name(), town.nameZh(), town.nameEn(),
                        location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                        List.copyOf(town.neighborCodes()), town.version()));
    }

    void villageChanged(Village village) {
        Coordinates location = village.location();
        outbox.publish(org.jinguo.events.org.RegionEvents.TOPIC, org.jinguo.events.org.RegionEvents.VILLAGE_CHANGED,
                village.id().toString(),
                new VillageChangedV1(village.id(), village.townCode(), village.kind().name(), village.nameZh(), village.nameEn(),
                        location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                        village.status().name(), village.retiredOn(), village.version()));
    }
}
