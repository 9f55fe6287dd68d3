package org.jinguo.care.matching;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/** The confirmed match a child is in now, for the features that follow a match (visits). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentMatchService {

    private final MatchRepository matches;

    public record CurrentMatch(UUID matchId, UUID motherId, LocalDate startedOn) {
    }

    public Optional<CurrentMatch> of(UUID childId) {
        return matches.confirmedOfChild(childId).map(match -> new CurrentMatch(match.id(), match.motherId(), match.startedOn()));
    }
}
