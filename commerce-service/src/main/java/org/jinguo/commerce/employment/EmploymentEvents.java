package org.jinguo.commerce.employment;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.EmploymentEndedV1;
import org.jinguo.events.commerce.EmploymentStartedV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/**
 * Publishes employments on {@code commerce.employments}, keyed by employment id: started (again,
 * with the same id, when linked to a training outcome later), and ended. Workers recorded here
 * travel as no person at all: only training's person ids leave the service.
 */
@Component
@RequiredArgsConstructor
class EmploymentEvents {

    private final EventOutbox outbox;

    void started(Employment employment) {
        outbox.publish(CommerceEvents.EMPLOYMENTS_TOPIC, CommerceEvents.EMPLOYMENT_STARTED, employment.id().toString(),
                new EmploymentStartedV1(employment.id(), employment.workshopId(), employment.employee().personId(), employment.outcomeId(),
                        employment.townCode(), employment.startedOn(), employment.monthlyPayFen()));
    }

    void ended(Employment employment) {
        outbox.publish(CommerceEvents.EMPLOYMENTS_TOPIC, CommerceEvents.EMPLOYMENT_ENDED, employment.id().toString(),
                new EmploymentEndedV1(employment.id(), employment.workshopId(), employment.employee().personId(), employment.endedOn()));
    }
}
