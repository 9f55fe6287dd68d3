package org.jinguo.training.completion;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.training.CertificateIssuedV1;
import org.jinguo.events.training.CompletionRecordedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.outbox.EventOutbox;
import org.jinguo.training.course.Course;
import org.springframework.stereotype.Component;

/** Publishes a completion, with the course's programme code, and its certificate on {@code training.completions}, keyed by person id. */
@Component
@RequiredArgsConstructor
class CompletionEvents {

    private final EventOutbox outbox;

    void recorded(Completion completion, Course course) {
        String person = completion.personId().toString();
        outbox.publish(TrainingEvents.COMPLETIONS_TOPIC, TrainingEvents.COMPLETION_RECORDED, person,
                new CompletionRecordedV1(completion.id(), course.id(), completion.personId(), course.outline().programmeCode(),
                        course.outline().category().name(), completion.completedOn(), completion.certificateNumber().value()));
        outbox.publish(TrainingEvents.COMPLETIONS_TOPIC, TrainingEvents.CERTIFICATE_ISSUED, person,
                new CertificateIssuedV1(completion.certificateNumber().value(), completion.id(), course.id(), completion.personId(),
                        completion.issuedOn()));
    }
}
