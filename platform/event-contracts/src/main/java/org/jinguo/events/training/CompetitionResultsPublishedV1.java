package org.jinguo.events.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A competition's final ranking, published once; its scores are locked from then on. Subject and key: the competition id. */
public record CompetitionResultsPublishedV1(
        UUID competitionId,
        String name,
        LocalDate heldOn,
        String townCode,
        List<Placing> placings) {

    /**
     * @param personId   the contestant's person id
     * @param rank       1 for the winner; contestants still tied after the tie rule share a rank
     * @param totalScore the weighted total, as a decimal string with two places (e.g. {@code "91.25"})
     * @param award      the award's name, or null
     */
    public record Placing(UUID personId, int rank, String totalScore, String award) {
    }
}
