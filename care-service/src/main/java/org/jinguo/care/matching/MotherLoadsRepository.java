package org.jinguo.care.matching;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.mother.MotherLoads;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class MotherLoadsRepository implements MotherLoads {

    private final MatchRepository matches;

    @Override
    public int childrenOf(UUID motherId) {
        return Math.toIntExact(matches.confirmedCount(motherId));
    }
}
