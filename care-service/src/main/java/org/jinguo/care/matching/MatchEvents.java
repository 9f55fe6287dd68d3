package org.jinguo.care.matching;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.care.CareEvents;
import org.jinguo.events.care.MatchConfirmedV1;
import org.jinguo.events.care.MatchEndedV1;
import org.jinguo.events.care.MatchProposedV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.springframework.stereotype.Component;

/** Publishes matches on {@code care.matches}, keyed by match id: ids, score and dates only. */
@Component
@RequiredArgsConstructor
class MatchEvents {

    private final EventOutbox outbox;

    void proposed(Match match) {
        outbox.publish(CareEvents.MATCHES_TOPIC, CareEvents.MATCH_PROPOSED, match.id().toString(),
                new MatchProposedV1(match.id(), match.childId(), match.motherId(), match.runId(), match.score().total()));
    }

    void confirmed(Match match) {
        outbox.publish(CareEvents.MATCHES_TOPIC, CareEvents.MATCH_CONFIRMED, match.id().toString(),
                new MatchConfirmedV1(match.id(), match.childId(), match.motherId(), match.startedOn()));
    }

    void ended(Match match) {
        outbox.publish(CareEvents.MATCHES_TOPIC, CareEvents.MATCH_ENDED, match.id().toString(),
                new MatchEndedV1(match.id(), match.childId(), match.motherId(), match.endedOn(), match.endReason()));
    }
}
