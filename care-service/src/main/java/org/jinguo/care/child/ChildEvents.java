package org.jinguo.care.child;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.care.CareEvents;
import org.jinguo.events.care.ChildRegisteredV1;
import org.jinguo.events.care.ConsentWithdrawnV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes cases on {@code care.children}, keyed by child id: ids and codes, never personal data. */
@Component
@RequiredArgsConstructor
class ChildEvents {

    private final EventOutbox outbox;

    void registered(Child child) {
        outbox.publish(CareEvents.CHILDREN_TOPIC, CareEvents.CHILD_REGISTERED, child.id().toString(),
                new ChildRegisteredV1(child.id(), child.caseNumber(), child.profile().category().name(), child.profile().townCode(),
                        child.profile().villageId(), child.registeredOn()));
    }

    void consentWithdrawn(Child child, ConsentKind kind, LocalDate on) {
        outbox.publish(CareEvents.CHILDREN_TOPIC, CareEvents.CONSENT_WITHDRAWN, child.id().toString(),
                new ConsentWithdrawnV1(child.id(), kind.name(), on));
    }
}
