package org.jinguo.training.competition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ranks contestants from the judges' scores.
 *
 * <p>A contestant's score on a criterion is the mean of the judges' scores on it; her total is the
 * sum over criteria of weight × that mean / 100 (so on the same 0–100 scale).
 *
 * <p>Tie rule: higher total first; on equal totals, the higher mean on the heaviest criterion,
 * then on the next heaviest, and so on (criteria of equal weight in the order they were defined);
 * contestants still equal on everything share the rank, and the next rank is skipped (1, 2, 2, 4).
 * Comparisons use exact means (ten decimals), not the rounded totals shown.
 */
public final class Ranking {

    private static final int EXACT = 10;

    private Ranking() {
    }

    public static List<Placing> rank(List<Criterion> criteria, List<UUID> contestants, List<Score> scores, List<Award> awards) {
        List<Criterion> heaviestFirst = criteria.stream()
                .sorted(Comparator.comparingInt(Criterion::weight).reversed())
                .toList();
        List<Standing> standings = contestants.stream()
                .map(contestant -> standing(contestant, heaviestFirst, scores))
                .sorted(Comparator.comparing(Standing::total).reversed().thenComparing(Standing::compareTieBreaks))
                .toList();
        List<Placing> placings = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            Standing standing = standings.get(i);
            int rank = i > 0 && standing.equalTo(standings.get(i - 1)) ? placings.get(i - 1).rank() : i + 1;
            String award = awards.stream().filter(each -> each.covers(rank)).map(Award::name).findFirst().orElse(null);
            placings.add(new Placing(standing.contestant(), rank, standing.total().setScale(2, RoundingMode.HALF_UP), award));
        }
        return placings;
    }

    private static Standing standing(UUID contestant, List<Criterion> heaviestFirst, List<Score> scores) {
        Map<String, List<BigDecimal>> byCriterion = scores.stream()
                .filter(score -> score.contestantId().equals(contestant))
                .collect(Collectors.groupingBy(Score::criterion, Collectors.mapping(Score::value, Collectors.toList())));
        List<BigDecimal> means = heaviestFirst.stream()
                .map(criterion -> mean(byCriterion.getOrDefault(criterion.code(), List.of())))
                .toList();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < heaviestFirst.size(); i++) {
            total = total.add(means.get(i).multiply(BigDecimal.valueOf(heaviestFirst.get(i).weight())));
        }
        return new Standing(contestant, total.divide(BigDecimal.valueOf(100), EXACT, RoundingMode.HALF_UP), means);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(EXACT);
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), EXACT, RoundingMode.HALF_UP);
    }

    /** @param means her mean per criterion, heaviest criterion first */
    private record Standing(UUID contestant, BigDecimal total, List<BigDecimal> means) {

        /** Higher means on heavier criteria come first. */
        int compareTieBreaks(Standing other) {
            for (int i = 0; i < means.size(); i++) {
                int compared = other.means.get(i).compareTo(means.get(i));
                if (compared != 0) {
                    return compared;
                }
            }
            return 0;
        }

        boolean equalTo(Standing other) {
            return total.compareTo(other.total) == 0 && compareTieBreaks(other) == 0;
        }
    }
}
