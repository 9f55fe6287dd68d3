package org.jinguo.org.organization;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.org.OrganizationChangedV1;
import org.jinguo.events.org.OrganizationEvents;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes the full state of a changed organisation on the compacted {@code org.organizations} topic. */
@Component
@RequiredArgsConstructor
class OrganizationChangeEvents {

    private final EventOutbox outbox;

    void changed(Organization o) {
        outbox.publish(OrganizationEvents.TOPIC, OrganizationEvents.ORGANIZATION_CHANGED, o.id().toString(),
                new OrganizationChangedV1(o.id(), o.type().name(), o.nameZh(), o.nameEn(),
                        o.industry() == null ? null : o.industry().name(), o.townCode(), o.villageId(), o.parentId(), o.address(),
                        o.preparedOn(), o.foundedOn(), o.dissolvedOn(), o.version()));
    }
}
