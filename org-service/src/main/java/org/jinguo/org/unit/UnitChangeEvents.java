package org.jinguo.org.unit;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.org.UnitChangedV1;
import org.jinguo.events.org.UnitEvents;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes a unit's full state after each change on {@code org.units}, keyed by the unit id. */
@Component
@RequiredArgsConstructor
class UnitChangeEvents {

    private final EventOutbox outbox;

    void changed(Unit unit) {
        outbox.publish(UnitEvents.TOPIC, UnitEvents.UNIT_CHANGED, unit.id().toString(),
                new UnitChangedV1(unit.id(), unit.nameZh(), unit.creditCode(), unit.domain().name(), unit.industry().name(),
                        unit.townCode(), unit.villageId(), unit.headcount().total(), unit.headcount().women(), unit.registeredOn(),
                        unit.version()));
    }
}
