package org.jinguo.care.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.assignment.Assignment;
import org.jinguo.care.assignment.AssignmentProblem;
import org.jinguo.care.assignment.OptimalAssignment;

/**
 * Turns children and mothers into proposals: for a batch, the optimal assignment (as many
 * children as possible, then the highest total score, within each mother's room); for one child,
 * her best candidates. Candidates are looked for only in the child's town and its neighbours, so
 * the graph stays sparse at city scale.
 */
@RequiredArgsConstructor
final class Planner {

    record Proposal(ChildFacts child, MotherFacts mother, ScoreParts score) {
    }

    record Plan(List<Proposal> proposals, int feasiblePairs, long totalScore, long solveMillis) {
    }

    private final MatchingRules rules;
    private final LocalDate on;
    private final Set<RejectedPair> rejected;

    Plan batch(List<ChildFacts> children, List<MotherFacts> mothers) {
        Map<String, List<Integer>> mothersByTown = new HashMap<>();
        for (int m = 0; m < mothers.size(); m++) {
            mothersByTown.computeIfAbsent(mothers.get(m).place().townCode(), town -> new ArrayList<>()).add(m);
        }
        int[] room = mothers.stream().mapToInt(MotherFacts::room).toArray();
        AssignmentProblem.Builder problem = AssignmentProblem.builder(children.size(), room);
        List<Map<Integer, ScoreParts>> scores = new ArrayList<>(children.size());
        int pairs = 0;
        for (int c = 0; c < children.size(); c++) {
            ChildFacts child = children.get(c);
            Map<Integer, ScoreParts> scored = new HashMap<>();
            for (String town : candidateTowns(child.place().townCode())) {
                for (int m : mothersByTown.getOrDefault(town, List.of())) {
                    Optional<ScoreParts> score = score(child, mothers.get(m));
                    if (score.isPresent()) {
                        problem.edge(c, m, score.get().total());
                        scored.put(m, score.get());
                        pairs++;
                    }
                }
            }
            scores.add(scored);
        }
        long started = System.nanoTime();
        Assignment assignment = OptimalAssignment.solve(problem.build());
        long solveMillis = (System.nanoTime() - started) / 1_000_000;
        List<Proposal> proposals = new ArrayList<>();
        for (int c = 0; c < children.size(); c++) {
            int m = assignment.motherOf(c);
            if (m >= 0) {
                proposals.add(new Proposal(children.get(c), mothers.get(m), scores.get(c).get(m)));
            }
        }
        return new Plan(proposals, pairs, assignment.totalScore(), solveMillis);
    }

    /** The child's best candidates, highest score first (ties: the mother's id), at most {@code limit}. */
    List<Proposal> best(ChildFacts child, List<MotherFacts> mothers, int limit) {
        Set<String> towns = candidateTowns(child.place().townCode());
        return mothers.stream().filter(mother -> towns.contains(mother.place().townCode()))
                .flatMap(mother -> score(child, mother).map(score -> new Proposal(child, mother, score)).stream())
                .sorted(Comparator.comparingInt((Proposal proposal) -> -proposal.score().total())
                        .thenComparing(proposal -> proposal.mother().id()))
                .limit(limit).toList();
    }

    private Optional<ScoreParts> score(ChildFacts child, MotherFacts mother) {
        return rejected.contains(new RejectedPair(child.id(), mother.id())) ? Optional.empty() : rules.score(child, mother, on);
    }

    private Set<String> candidateTowns(String childTown) {
        Set<String> towns = new java.util.TreeSet<>(rules.neighbours().getOrDefault(childTown, Set.of()));
        towns.add(childTown);
        return towns;
    }
}
