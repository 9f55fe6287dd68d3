package org.jinguo.care.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {

    @Test
    void matchesABruteForceOnManySmallProblems() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            int children = random.nextInt(8);
            int[] capacities = new int[1 + random.nextInt(4)];
            for (int m = 0; m < capacities.length; m++) {
                capacities[m] = 1 + random.nextInt(2);
            }
            AssignmentProblem.Builder builder = AssignmentProblem.builder(children, capacities);
            boolean tied = random.nextBoolean();
            for (int c = 0; c < children; c++) {
                for (int m = 0; m < capacities.length; m++) {
                    if (random.nextInt(100) < 45) {
                        builder.edge(c, m, tied ? random.nextInt(3) : random.nextInt(AssignmentProblem.MAX_SCORE + 1));
                    }
                }
            }
            AssignmentProblem problem = builder.build();

            Assignment optimal = OptimalAssignment.solve(problem);
            long[] best = bruteForce(problem);

            assertValid(problem, optimal);
            assertThat(new long[] {optimal.matched(), optimal.totalScore()}).as("seed %d", seed).containsExactly(best);
        }
    }

    @Test
    void matchesAMinCostMaxFlowWhenPlacesAreShort() {
        for (int seed = 0; seed < 3; seed++) {
            AssignmentProblem problem = medium(new Random(1000 + seed), 500, 200);
            int places = 0;
            for (int m = 0; m < problem.mothers(); m++) {
                places += problem.capacity(m);
            }
            assertThat(places).isLessThan(problem.children());

            Assignment optimal = OptimalAssignment.solve(problem);
            long[] reference = minCostMaxFlow(problem);

            assertValid(problem, optimal);
            assertThat(new long[] {optimal.matched(), optimal.totalScore()}).as("seed %d", seed).containsExactly(reference);
            Assignment greedy = GreedyAssignment.solve(problem);
            assertValid(problem, greedy);
            assertThat(greedy.matched()).isLessThanOrEqualTo(optimal.matched());
        }
    }

    @Test
    void respectsCapacitiesUsesOnlyFeasiblePairsAndReportsTheUnmatched() {
        AssignmentProblem problem = AssignmentProblem.builder(5, new int[] {2, 1, 0})
                .edge(0, 0, 5).edge(1, 0, 6).edge(2, 0, 7).edge(2, 1, 1).edge(3, 1, 9).edge(3, 2, 100).build();

        Assignment assignment = OptimalAssignment.solve(problem);

        assertValid(problem, assignment);
        assertThat(assignment.matched()).isEqualTo(3);
        assertThat(assignment.motherOf(3)).isEqualTo(1);
        assertThat(assignment.motherOf(2)).isEqualTo(0);
        assertThat(assignment.motherOf(1)).isEqualTo(0);
        assertThat(assignment.motherOf(0)).isEqualTo(-1);
        assertThat(assignment.motherOf(4)).isEqualTo(-1);
        assertThat(assignment.totalScore()).isEqualTo(9 + 7 + 6);
    }

    @Test
    void givesTheSameAnswerEveryTimeAndWhateverTheOrderOfThePairs() {
        Random random = new Random(42);
        int children = 300;
        int[] capacities = new int[80];
        Arrays.fill(capacities, 2);
        List<int[]> pairs = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            for (int m = 0; m < capacities.length; m++) {
                if (random.nextInt(10) == 0) {
                    pairs.add(new int[] {c, m, random.nextInt(4)});
                }
            }
        }
        AssignmentProblem problem = build(children, capacities, pairs);
        Collections.shuffle(pairs, new Random(7));
        AssignmentProblem shuffled = build(children, capacities, pairs);

        Assignment first = OptimalAssignment.solve(problem);
        Assignment again = OptimalAssignment.solve(problem);
        Assignment fromShuffled = OptimalAssignment.solve(shuffled);

        for (int c = 0; c < children; c++) {
            assertThat(again.motherOf(c)).isEqualTo(first.motherOf(c));
            assertThat(fromShuffled.motherOf(c)).isEqualTo(first.motherOf(c));
        }
    }

    @Test
    void handlesEmptyProblems() {
        Assignment none = OptimalAssignment.solve(AssignmentProblem.builder(0, new int[] {1}).build());
        assertThat(none.children()).isZero();
        assertThat(none.matched()).isZero();
        assertThat(none.totalScore()).isZero();

        Assignment noPairs = OptimalAssignment.solve(AssignmentProblem.builder(3, new int[] {2}).build());
        assertThat(noPairs.matched()).isZero();
        assertThat(noPairs.motherOf(2)).isEqualTo(-1);

        Assignment noMothers = OptimalAssignment.solve(AssignmentProblem.builder(2, new int[0]).build());
        assertThat(noMothers.matched()).isZero();

        Assignment zeroScores = OptimalAssignment.solve(AssignmentProblem.builder(2, new int[] {1, 1})
                .edge(0, 0, 0).edge(1, 0, 0).edge(1, 1, 0).build());
        assertThat(zeroScores.matched()).isEqualTo(2);
        assertThat(zeroScores.totalScore()).isZero();
    }

    @Test
    void aMotherWithoutCapacityTakesNoChild() {
        AssignmentProblem problem = AssignmentProblem.builder(2, new int[] {0, 1})
                .edge(0, 0, 1_000_000).edge(1, 0, 1_000_000).edge(1, 1, 1).build();

        Assignment assignment = OptimalAssignment.solve(problem);

        assertThat(assignment.motherOf(0)).isEqualTo(-1);
        assertThat(assignment.motherOf(1)).isEqualTo(1);
        assertThat(assignment.totalScore()).isEqualTo(1);
    }

    @Test
    void placesMoreChildrenThanGreedyAndScoresHigher() {
        AssignmentProblem problem = AssignmentProblem.builder(2, new int[] {1, 1})
                .edge(0, 0, 10).edge(0, 1, 1).edge(1, 0, 10).build();

        Assignment greedy = GreedyAssignment.solve(problem);
        Assignment optimal = OptimalAssignment.solve(problem);

        assertThat(greedy.matched()).isEqualTo(1);
        assertThat(greedy.totalScore()).isEqualTo(10);
        assertThat(optimal.matched()).isEqualTo(2);
        assertThat(optimal.totalScore()).isEqualTo(11);
        assertThat(optimal.motherOf(0)).isEqualTo(1);
        assertThat(optimal.motherOf(1)).isEqualTo(0);
    }

    @Test
    void prefersOneMoreChildToAnyScore() {
        AssignmentProblem problem = AssignmentProblem.builder(2, new int[] {1, 1})
                .edge(0, 0, 1_000_000).edge(0, 1, 0).edge(1, 0, 0).build();

        Assignment optimal = OptimalAssignment.solve(problem);

        assertThat(optimal.matched()).isEqualTo(2);
        assertThat(optimal.totalScore()).isZero();
        assertThat(optimal.motherOf(0)).isEqualTo(1);
        assertThat(optimal.motherOf(1)).isEqualTo(0);
    }

    private static AssignmentProblem build(int children, int[] capacities, List<int[]> pairs) {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(children, capacities);
        pairs.forEach(p -> builder.edge(p[0], p[1], p[2]));
        return builder.build();
    }

    /** Children 10..20 % without pairs; capacities 1..3 summing to less than the children. */
    private static AssignmentProblem medium(Random random, int children, int mothers) {
        int[] capacities = new int[mothers];
        for (int m = 0; m < mothers; m++) {
            capacities[m] = 1 + random.nextInt(3);
        }
        AssignmentProblem.Builder builder = AssignmentProblem.builder(children, capacities);
        for (int c = 0; c < children; c++) {
            if (random.nextInt(100) < 15) {
                continue;
            }
            int home = random.nextInt(mothers);
            int wanted = 10 + random.nextInt(11);
            boolean[] taken = new boolean[mothers];
            for (int i = 0; i < wanted; i++) {
                int m = Math.floorMod(home + random.nextInt(41) - 20, mothers);
                if (!taken[m]) {
                    taken[m] = true;
                    builder.edge(c, m, random.nextInt(4) == 0 ? 500 : random.nextInt(1000));
                }
            }
        }
        return builder.build();
    }

    static void assertValid(AssignmentProblem problem, Assignment assignment) {
        int[] load = new int[problem.mothers()];
        int matched = 0;
        long total = 0;
        assertThat(assignment.children()).isEqualTo(problem.children());
        for (int c = 0; c < problem.children(); c++) {
            int m = assignment.motherOf(c);
            if (m >= 0) {
                assertThat(problem.score(c, m)).as("pair (%d, %d) is feasible", c, m).isNotNegative();
                load[m]++;
                matched++;
                total += problem.score(c, m);
            } else {
                assertThat(m).isEqualTo(-1);
            }
        }
        for (int m = 0; m < load.length; m++) {
            assertThat(load[m]).as("load of mother %d", m).isLessThanOrEqualTo(problem.capacity(m));
        }
        assertThat(assignment.matched()).isEqualTo(matched);
        assertThat(assignment.totalScore()).isEqualTo(total);
    }

    /** Every assignment, child by child: the best (matched, total) in lexicographic order. */
    private static long[] bruteForce(AssignmentProblem problem) {
        long[] best = {0, 0};
        enumerate(problem, 0, new int[problem.mothers()], 0, 0, best);
        return best;
    }

    private static void enumerate(AssignmentProblem problem, int child, int[] load, int matched, long total, long[] best) {
        if (child == problem.children()) {
            if (matched > best[0] || (matched == best[0] && total > best[1])) {
                best[0] = matched;
                best[1] = total;
            }
            return;
        }
        enumerate(problem, child + 1, load, matched, total, best);
        for (int m = 0; m < problem.mothers(); m++) {
            int score = problem.score(child, m);
            if (score >= 0 && load[m] < problem.capacity(m)) {
                load[m]++;
                enumerate(problem, child + 1, load, matched + 1, total + score, best);
                load[m]--;
            }
        }
    }

    /**
     * Source → child (1) → mother (1, cost -score) → sink (capacity), augmented one unit at a time
     * along a cheapest path found by Bellman-Ford (queue-based) until none is left: each flow value
     * is then reached at its least cost, so the last one is the most children at the best score.
     */
    private static long[] minCostMaxFlow(AssignmentProblem problem) {
        int n = problem.children();
        int mothers = problem.mothers();
        int source = n + mothers;
        int sink = source + 1;
        Network network = new Network(sink + 1);
        for (int c = 0; c < n; c++) {
            network.add(source, c, 1, 0);
            for (int m = 0; m < mothers; m++) {
                int score = problem.score(c, m);
                if (score >= 0) {
                    network.add(c, n + m, 1, -score);
                }
            }
        }
        for (int m = 0; m < mothers; m++) {
            network.add(n + m, sink, problem.capacity(m), 0);
        }
        long flow = 0;
        long cost = 0;
        while (true) {
            long[] distance = new long[network.nodes];
            int[] via = new int[network.nodes];
            boolean[] queued = new boolean[network.nodes];
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            distance[source] = 0;
            queue.add(source);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                queued[u] = false;
                for (int a : network.out.get(u)) {
                    if (network.capacity.get(a) > 0 && distance[u] + network.cost.get(a) < distance[network.to.get(a)]) {
                        int v = network.to.get(a);
                        distance[v] = distance[u] + network.cost.get(a);
                        via[v] = a;
                        if (!queued[v]) {
                            queued[v] = true;
                            queue.add(v);
                        }
                    }
                }
            }
            if (distance[sink] == Long.MAX_VALUE) {
                return new long[] {flow, -cost};
            }
            for (int v = sink; v != source; v = network.to.get(via[v] ^ 1)) {
                network.capacity.set(via[v], network.capacity.get(via[v]) - 1);
                network.capacity.set(via[v] ^ 1, network.capacity.get(via[v] ^ 1) + 1);
            }
            flow++;
            cost += distance[sink];
        }
    }

    private static final class Network {
        final int nodes;
        final List<List<Integer>> out = new ArrayList<>();
        final List<Integer> to = new ArrayList<>();
        final List<Integer> capacity = new ArrayList<>();
        final List<Long> cost = new ArrayList<>();

        Network(int nodes) {
            this.nodes = nodes;
            for (int i = 0; i < nodes; i++) {
                out.add(new ArrayList<>());
            }
        }

        void add(int from, int target, int cap, long price) {
            out.get(from).add(to.size());
            to.add(target);
            capacity.add(cap);
            cost.add(price);
            out.get(target).add(to.size());
            to.add(from);
            capacity.add(0);
            cost.add(-price);
        }
    }
}
