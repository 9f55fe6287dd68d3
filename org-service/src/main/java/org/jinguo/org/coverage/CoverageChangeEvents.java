package org.jinguo.org.coverage;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.org.CoverageChangedV1;
import org.jinguo.events.org.UnitEvents;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes each coverage started, ended or handed over on {@code org.units}, keyed by the unit id. */
@Component
@RequiredArgsConstructor
class CoverageChangeEvents {

    private final EventOutbox outbox;

    void changed(Coverage coverage) {
        outbox.publish(UnitEvents.TOPIC, UnitEvents.COVERAGE_CHANGED, coverage.unitId().toString(),
                new CoverageChangedV1(coverage.id(), coverage.unitId(), coverage.organizationId(), coverage.mode().name(),
                        coverage.startedOn(), coverage.endedOn()));
    }
}
