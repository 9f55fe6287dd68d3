package org.jinguo.training.competition;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.training.CompetitionResultsPublishedV1;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes a competition's results, person ids and ranks only, on {@code training.competitions}. */
@Component
@RequiredArgsConstructor
class CompetitionEvents {

    private final EventOutbox outbox;

    void published(Competition competition, List<Placing> placings) {
        CompetitionPlan plan = competition.plan();
        outbox.publish(TrainingEvents.COMPETITIONS_TOPIC, TrainingEvents.COMPETITION_RESULTS_PUBLISHED, competition.id().toString(),
                new CompetitionResultsPublishedV1(competition.id(), plan.name(), plan.heldOn(), plan.townCode(), placings.stream()
                        .map(each -> new CompetitionResultsPublishedV1.Placing(each.contestantId(), each.rank(),
                                each.totalScore().toPlainString(), each.award()))
                        .toList()));
    }
}
