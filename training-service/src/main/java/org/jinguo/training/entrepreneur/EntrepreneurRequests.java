package org.jinguo.training.entrepreneur;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.validation.PlainText;

/** The bodies the entrepreneurs API accepts. */
final class EntrepreneurRequests {

    private EntrepreneurRequests() {
    }

    /**
     * @param id               optional: an offline-capable client may choose the id
     * @param secondGeneration optional, false by default: in the "second generation" growth plan
     */
    record EntrepreneurBody(
            UUID id,
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @NotBlank @Size(max = 200) @PlainText String enterprise,
            @Size(max = 100) @PlainText String industry,
            @TownCode String townCode,
            UUID personId,
            @NotNull LocalDate memberSince,
            Boolean secondGeneration) {

        Entrepreneur toEntrepreneur() {
            return new Entrepreneur(id == null ? UuidV7.next() : id, nameZh, enterprise, industry, townCode, personId, memberSince,
                    Boolean.TRUE.equals(secondGeneration), 1);
        }
    }

    record RecommendationBody(UUID id, @NotBlank @Size(max = 200) @PlainText String contest, @NotNull ContestLevel level,
                              @NotNull LocalDate recommendedOn) {
    }

    /** @param award the award's name when AWARDED */
    record ResultBody(@NotNull RecommendationResult result, @Size(max = 200) @PlainText String award, @NotNull LocalDate decidedOn) {
    }
}
