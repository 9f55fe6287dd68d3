package org.jinguo.reference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.org.RegionEvents;
import org.jinguo.events.org.TownChangedV1;
import org.jinguo.events.org.VillageChangedV1;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps a service's copy of the regions from org-service's events, in its tables
 * {@code region_town}, {@code region_town_neighbor} and {@code region_village} (ADR 7). The
 * topic is compacted and read from the start by a new deployment, so the copy is complete
 * without any call to org-service. Event types this version does not know are skipped.
 */
public class RegionCopyListener {

    private static final String CONSUMER = "region-copy";

    private final Inbox inbox;
    private final RegionCopyRepository regions;

    public RegionCopyListener(Inbox inbox, RegionCopyRepository regions) {
        this.inbox = inbox;
        this.regions = regions;
    }

    @KafkaListener(topics = RegionEvents.TOPIC, groupId = "${spring.application.name}-region-copy")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            switch (event.type()) {
                case RegionEvents.TOWN_CHANGED -> regions.keep(event.dataAs(TownChangedV1.class));
                case RegionEvents.VILLAGE_CHANGED -> regions.keep(event.dataAs(VillageChangedV1.class));
                default -> {
                    // A newer event type: ignored until this service learns it.
                }
            }
        });
    }
}
