package org.jinguo.reference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.org.OrganizationChangedV1;
import org.jinguo.events.org.OrganizationEvents;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps a service's copy of the federation organisations from org-service's compacted
 * {@code org.organizations} topic, read from the start by a new deployment (ADR 7). Event types
 * this version does not know are skipped.
 */
public class OrganizationCopyListener {

    private static final String CONSUMER = "organization-copy";

    private final Inbox inbox;
    private final OrganizationCopyRepository organizations;

    public OrganizationCopyListener(Inbox inbox, OrganizationCopyRepository organizations) {
        this.inbox = inbox;
        this.organizations = organizations;
    }

    @KafkaListener(topics = OrganizationEvents.TOPIC, groupId = "${spring.application.name}-organization-copy")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (OrganizationEvents.ORGANIZATION_CHANGED.equals(event.type())) {
                organizations.keep(event.dataAs(OrganizationChangedV1.class));
            }
        });
    }
}
