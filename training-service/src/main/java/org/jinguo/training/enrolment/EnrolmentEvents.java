package org.jinguo.training.enrolment;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.training.EnrolmentChangedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes each enrolment's state after a change on {@code training.enrolments}, keyed by session id. */
@Component
@RequiredArgsConstructor
class EnrolmentEvents {

    private final EventOutbox outbox;

    void changed(Enrolment enrolment, UUID courseId) {
        outbox.publish(TrainingEvents.ENROLMENTS_TOPIC, TrainingEvents.ENROLMENT_CHANGED, enrolment.sessionId().toString(),
                new EnrolmentChangedV1(enrolment.id(), enrolment.sessionId(), courseId, enrolment.personId(), enrolment.status().name(),
                        enrolment.requestedAt(), enrolment.checkedInAt() != null, enrolment.version()));
    }
}
