package org.jinguo.training.entrepreneur;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A recommendation as the API shows it. */
record RecommendationView(UUID id, UUID entrepreneurId, String contest, ContestLevel level, LocalDate recommendedOn,
                          RecommendationResult result, @Nullable String award, @Nullable LocalDate decidedOn, long version) {

    static RecommendationView of(Recommendation recommendation) {
        return new RecommendationView(recommendation.id(), recommendation.entrepreneurId(), recommendation.contest(), recommendation.level(),
                recommendation.recommendedOn(), recommendation.result(), recommendation.award(), recommendation.decidedOn(),
                recommendation.version());
    }
}
