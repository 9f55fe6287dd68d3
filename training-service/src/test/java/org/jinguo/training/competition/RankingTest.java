package org.jinguo.training.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Criterion TASTE = new Criterion("TASTE", "口味", 50);
    private static final Criterion SKILL = new Criterion("SKILL", "技法", 30);
    private static final Criterion LOOK = new Criterion("LOOK", "外观", 20);
    private static final List<Criterion> CRITERIA = List.of(LOOK, TASTE, SKILL);
    private static final List<Award> AWARDS = List.of(new Award("一等奖", 1, 1), new Award("二等奖", 2, 3));

    private final UUID hu = UUID.randomUUID();
    private final UUID lu = UUID.randomUUID();
    private final UUID ying = UUID.randomUUID();
    private final UUID xu = UUID.randomUUID();
    private final List<Score> scores = new ArrayList<>();

    @Test
    void theWeightedTotalOfTheJudgesMeansRanksTheContestants() {
        scoresFor(hu, "90", "80", "70");   // 50% × 90 + 30% × 80 + 20% × 70 = 83
        scoresFor(lu, "80", "90", "90");   // 40 + 27 + 18 = 85
        scoresFor(ying, "70", "70", "70"); // 70

        List<Placing> placings = Ranking.rank(CRITERIA, List.of(hu, lu, ying), scores, AWARDS);

        assertThat(placings).extracting(Placing::contestantId).containsExactly(lu, hu, ying);
        assertThat(placings).extracting(Placing::totalScore)
                .containsExactly(new BigDecimal("85.00"), new BigDecimal("83.00"), new BigDecimal("70.00"));
        assertThat(placings).extracting(Placing::award).containsExactly("一等奖", "二等奖", "二等奖");
    }

    @Test
    void equalTotalsAreBrokenByTheHeaviestCriterionThenTheNext() {
        scoresFor(hu, "80", "80", "80");   // 80, taste 80
        scoresFor(lu, "84", "70", "85");   // 42 + 21 + 17 = 80, taste 84
        scoresFor(ying, "80", "85", "72.5"); // 40 + 25.5 + 14.5 = 80, taste 80, skill 85

        List<Placing> placings = Ranking.rank(CRITERIA, List.of(hu, lu, ying), scores, AWARDS);

        assertThat(placings).extracting(Placing::contestantId).containsExactly(lu, ying, hu);
        assertThat(placings).extracting(Placing::rank).containsExactly(1, 2, 3);
    }

    @Test
    void contestantsEqualOnEverythingShareARankAndTheNextIsSkipped() {
        scoresFor(hu, "90", "90", "90");
        scoresFor(lu, "80", "80", "80");
        scoresFor(ying, "80", "80", "80");
        scoresFor(xu, "60", "60", "60");

        List<Placing> placings = Ranking.rank(CRITERIA, List.of(xu, ying, lu, hu), scores, List.of(new Award("二等奖", 2, 2)));

        assertThat(placings).extracting(Placing::rank).containsExactly(1, 2, 2, 4);
        assertThat(placings).filteredOn(placing -> placing.rank() == 2).extracting(Placing::award).containsOnly("二等奖");
    }

    @Test
    void meansOverJudgesAreComparedExactlyNotAfterRounding() {
        // Two judges: hu's taste mean is 80.005, lu's 80.00; shown totals may round alike, the order may not.
        scores.add(new Score("judge-1", hu, "TASTE", new BigDecimal("80.01")));
        scores.add(new Score("judge-2", hu, "TASTE", new BigDecimal("80.00")));
        scores.add(new Score("judge-1", lu, "TASTE", new BigDecimal("80.00")));
        scores.add(new Score("judge-2", lu, "TASTE", new BigDecimal("80.00")));

        List<Placing> placings = Ranking.rank(List.of(TASTE), List.of(lu, hu), scores, List.of());

        assertThat(placings).extracting(Placing::contestantId).containsExactly(hu, lu);
        assertThat(placings).extracting(Placing::rank).containsExactly(1, 2);
    }

    private void scoresFor(UUID contestant, String taste, String skill, String look) {
        scores.add(new Score("judge-1", contestant, "TASTE", new BigDecimal(taste)));
        scores.add(new Score("judge-1", contestant, "SKILL", new BigDecimal(skill)));
        scores.add(new Score("judge-1", contestant, "LOOK", new BigDecimal(look)));
    }
}
