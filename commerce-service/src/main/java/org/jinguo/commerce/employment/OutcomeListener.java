package org.jinguo.commerce.employment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.training.OutcomeRecordedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Links or creates employments from training's outcomes, each event once, in the inbox's transaction. */
@Component
class OutcomeListener {

    private static final String CONSUMER = "training-outcome";

    private final Inbox inbox;
    private final EmploymentService employments;

    OutcomeListener(Inbox inbox, EmploymentService employments) {
        this.inbox = inbox;
        this.employments = employments;
    }

    @KafkaListener(topics = TrainingEvents.OUTCOMES_TOPIC, groupId = "${spring.application.name}-training-outcome")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (TrainingEvents.OUTCOME_RECORDED.equals(event.type())) {
                employments.outcomeRecorded(event.dataAs(OutcomeRecordedV1.class));
            }
        });
    }
}
