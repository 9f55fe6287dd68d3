package org.jinguo.training.workshop;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.WorkshopChangedV1;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps training's copy of the workshops from commerce-service's compacted {@code commerce.workshops}, read from the start. */
@Component
class WorkshopCopyListener {

    private static final String CONSUMER = "workshop-copy";

    private final Inbox inbox;
    private final WorkshopCopyRepository workshops;

    WorkshopCopyListener(Inbox inbox, WorkshopCopyRepository workshops) {
        this.inbox = inbox;
        this.workshops = workshops;
    }

    @KafkaListener(topics = CommerceEvents.WORKSHOPS_TOPIC, groupId = "${spring.application.name}-workshop-copy")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (CommerceEvents.WORKSHOP_CHANGED.equals(event.type())) {
                workshops.keep(event.dataAs(WorkshopChangedV1.class));
            }
        });
    }
}
