package org.jinguo.care.matching;

import java.util.UUID;

import org.jinguo.care.mother.MotherLoads;
import org.springframework.stereotype.Repository;

@Repository
class MotherLoadsRepository implements MotherLoads {

    private final MatchRepository matches;

    MotherLoadsRepository(MatchRepository matches) {
        this.matches = matches;
    }

    @Override
    public int childrenOf(UUID motherId) {
        return Math.toIntExact(matches.confirmedCount(motherId));
    }
}
