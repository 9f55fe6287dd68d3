package org.jinguo.care.visit;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.care.CareEvents;
import org.jinguo.events.care.VisitLoggedV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes visits on {@code care.visits}, keyed by visit id; the notes never leave the service. */
@Component
@RequiredArgsConstructor
class VisitEvents {

    private final EventOutbox outbox;

    void logged(Visit visit) {
        outbox.publish(CareEvents.VISITS_TOPIC, CareEvents.VISIT_LOGGED, visit.id().toString(),
                new VisitLoggedV1(visit.id(), visit.childId(), visit.motherId(), visit.helperId(), visit.kind().name(), visit.visitedOn(),
                        visit.durationMinutes(), visit.townCode()));
    }
}
