package org.jinguo.bench.matching;

import java.util.Arrays;
import java.util.Random;

import org.jinguo.care.assignment.Assignment;
import org.jinguo.care.assignment.AssignmentProblem;
import org.jinguo.care.assignment.GreedyAssignment;
import org.jinguo.care.assignment.OptimalAssignment;

/**
 * Time to assign children to caring mothers optimally ({@link OptimalAssignment}) against the
 * greedy baseline ({@link GreedyAssignment}) on the same problem, alternating, after a warm-up,
 * and how much the optimum places and scores beyond greedy.
 *
 * <p>The problem is generated from a fixed seed: 15 towns on a 5 × 3 grid 10 km apart, children
 * and mothers scattered around the town centres, some towns richer in children and others in
 * volunteers (so feasible pairs are mostly within a town and its neighbours), each child feasible with her nearest {@code pairs} mothers, each mother taking
 * 1 to 3 children, and a score made of a nearness part and a compatibility part. Only the solves
 * are timed. Arguments: {@code children} (default 10000), {@code mothers} (default 3000),
 * {@code pairs} per child (default 50), {@code runs} (default 5).
 */
public final class MatchingBenchmark {

    private static final int WARM_UP = 3;
    private static final long SEED = 20_240_501L;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int mothers = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        System.out.print(run(children, mothers, pairs, runs));
    }

    static String run(int children, int mothers, int pairs, int runs) {
        AssignmentProblem problem = generate(children, mothers, pairs, new Random(SEED));
        int places = 0;
        for (int m = 0; m < mothers; m++) {
            places += problem.capacity(m);
        }
        for (int i = 0; i < WARM_UP; i++) {
            OptimalAssignment.solve(problem);
            GreedyAssignment.solve(problem);
        }
        StringBuilder report = new StringBuilder("children=%d mothers=%d places=%d pairs=%d runs=%d (after %d warm-up solves of each)%n"
                .formatted(children, mothers, places, problem.edges(), runs, WARM_UP));
        long[] optimalNanos = new long[runs];
        long[] greedyNanos = new long[runs];
        Assignment optimal = null;
        Assignment greedy = null;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            optimal = OptimalAssignment.solve(problem);
            optimalNanos[run] = System.nanoTime() - started;
            started = System.nanoTime();
            greedy = GreedyAssignment.solve(problem);
            greedyNanos[run] = System.nanoTime() - started;
            report.append("run %d: optimal %.1f ms, greedy %.1f ms%n".formatted(run + 1, optimalNanos[run] / 1e6, greedyNanos[run] / 1e6));
        }
        if (optimal.matched() < greedy.matched()
                || (optimal.matched() == greedy.matched() && optimal.totalScore() < greedy.totalScore())) {
            throw new IllegalStateException("greedy beat the optimum: " + greedy + " against " + optimal);
        }
        Arrays.sort(optimalNanos);
        Arrays.sort(greedyNanos);
        report.append("median: optimal %.1f ms, greedy %.1f ms%n".formatted(median(optimalNanos) / 1e6, median(greedyNanos) / 1e6));
        report.append("optimal: matched %d, total score %d%n".formatted(optimal.matched(), optimal.totalScore()));
        report.append("greedy:  matched %d, total score %d%n".formatted(greedy.matched(), greedy.totalScore()));
        report.append("greedy / optimal: matched %.4f, total score %.4f%n".formatted(
                (double) greedy.matched() / Math.max(1, optimal.matched()), (double) greedy.totalScore() / Math.max(1, optimal.totalScore())));
        return report.toString();
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static AssignmentProblem generate(int children, int mothers, int pairs, Random random) {
        int[] childTowns = towns(random);
        int[] motherTowns = towns(random);
        double[][] mother = new double[mothers][];
        int[] capacities = new int[mothers];
        for (int m = 0; m < mothers; m++) {
            mother[m] = place(motherTowns, random);
            capacities[m] = 1 + random.nextInt(3);
        }
        AssignmentProblem.Builder builder = AssignmentProblem.builder(children, capacities);
        int nearest = Math.min(pairs, mothers);
        double[] distance = new double[mothers];
        Integer[] order = new Integer[mothers];
        for (int c = 0; c < children; c++) {
            double[] child = place(childTowns, random);
            for (int m = 0; m < mothers; m++) {
                distance[m] = Math.hypot(child[0] - mother[m][0], child[1] - mother[m][1]);
                order[m] = m;
            }
            Arrays.sort(order, (a, b) -> Double.compare(distance[a], distance[b]));
            for (int i = 0; i < nearest; i++) {
                int m = order[i];
                int nearness = (int) (400_000 * Math.max(0, 1 - distance[m] / 15));
                builder.edge(c, m, nearness + random.nextInt(600_001));
            }
        }
        return builder.build();
    }

    /** Towns 0..14, each listed 1 to 3 times: some towns have more children, or more volunteers, than others. */
    private static int[] towns(Random random) {
        int[] weighted = new int[45];
        int size = 0;
        for (int town = 0; town < 15; town++) {
            for (int times = 1 + random.nextInt(3); times > 0; times--) {
                weighted[size++] = town;
            }
        }
        return Arrays.copyOf(weighted, size);
    }

    /** A point scattered around the centre of a town drawn from {@code towns}; the 15 centres are on a 5 × 3 grid, 10 km apart. */
    private static double[] place(int[] towns, Random random) {
        int town = towns[random.nextInt(towns.length)];
        return new double[] {(town % 5) * 10 + random.nextGaussian() * 3, (town / 5) * 10 + random.nextGaussian() * 3};
    }
}
