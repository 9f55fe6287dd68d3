package org.jinguo.training.outcome;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.EmploymentEndedV1;
import org.jinguo.events.commerce.EmploymentStartedV1;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Attributes commerce-service's employments to training: each event applied once, in the inbox's transaction. */
@Component
class EmploymentListener {

    private static final String CONSUMER = "employment";

    private final Inbox inbox;
    private final OutcomeService outcomes;

    EmploymentListener(Inbox inbox, OutcomeService outcomes) {
        this.inbox = inbox;
        this.outcomes = outcomes;
    }

    @KafkaListener(topics = CommerceEvents.EMPLOYMENTS_TOPIC, groupId = "${spring.application.name}-employment")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (CommerceEvents.EMPLOYMENT_STARTED.equals(event.type())) {
                outcomes.employmentStarted(event.dataAs(EmploymentStartedV1.class));
            } else if (CommerceEvents.EMPLOYMENT_ENDED.equals(event.type())) {
                outcomes.employmentEnded(event.dataAs(EmploymentEndedV1.class));
            }
        });
    }
}
