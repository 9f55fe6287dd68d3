package org.jinguo.care.mother;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.training.CompletionRecordedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Certifies caring mothers from training's completions of CARING_MOTHER courses, each event once. */
@Component
class CertificationListener {

    private static final String CONSUMER = "training-completion";
    private static final String PROGRAMME = "CARING_MOTHER";

    private final Inbox inbox;
    private final MotherService mothers;

    CertificationListener(Inbox inbox, MotherService mothers) {
        this.inbox = inbox;
        this.mothers = mothers;
    }

    @KafkaListener(topics = TrainingEvents.COMPLETIONS_TOPIC, groupId = "${spring.application.name}-training-completion")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (TrainingEvents.COMPLETION_RECORDED.equals(event.type())) {
                CompletionRecordedV1 completion = event.dataAs(CompletionRecordedV1.class);
                if (PROGRAMME.equals(completion.programmeCode())) {
                    mothers.completionRecorded(completion.personId(), completion.completedOn(), completion.courseId());
                }
            }
        });
    }
}
