package org.jinguo.commerce.workshop;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.WorkshopChangedV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes a workshop's full state after each change on the compacted {@code commerce.workshops}, keyed by its id. */
@Component
@RequiredArgsConstructor
class WorkshopEvents {

    private final EventOutbox outbox;

    void changed(Workshop workshop) {
        WorkshopProfile profile = workshop.profile();
        outbox.publish(CommerceEvents.WORKSHOPS_TOPIC, CommerceEvents.WORKSHOP_CHANGED, workshop.id().toString(),
                new WorkshopChangedV1(workshop.id(), profile.nameZh(), profile.kind().name(), profile.hostOrganizationId(),
                        profile.townCode(), profile.villageId(), (workshop.closed() ? WorkshopStatus.CLOSED : WorkshopStatus.OPEN).name(), workshop.openedOn(),
                        workshop.closedOn(), workshop.version()));
    }
}
