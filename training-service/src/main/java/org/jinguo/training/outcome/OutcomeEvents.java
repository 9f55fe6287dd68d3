package org.jinguo.training.outcome;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.training.OutcomeRecordedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes an outcome's state after each change on {@code training.outcomes}, keyed by person id. */
@Component
@RequiredArgsConstructor
class OutcomeEvents {

    private final EventOutbox outbox;

    void recorded(Outcome outcome) {
        Employment employment = outcome.employment();
        outbox.publish(TrainingEvents.OUTCOMES_TOPIC, TrainingEvents.OUTCOME_RECORDED, outcome.personId().toString(),
                new OutcomeRecordedV1(outcome.id(), outcome.personId(), outcome.courseId(), outcome.employed(),
                        employment == null ? null : employment.workshopId(), outcome.employmentId(),
                        employment == null ? null : employment.startedOn(), outcome.monthlyIncomeBeforeFen(),
                        outcome.monthlyIncomeAfterFen(), outcome.townCode(), outcome.version()));
    }
}
