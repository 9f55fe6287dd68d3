package org.jinguo.care.assignment;

import java.util.Arrays;

/**
 * The baseline the Federation matched by before: best pairs first. Pairs are taken in descending
 * score (ties by child, then mother), each one if its child is still without a mother and its
 * mother has room left. Fast and simple, but it can leave children unmatched that an optimal
 * assignment would place, and lose score: see {@link OptimalAssignment}.
 */
public final class GreedyAssignment {

    private GreedyAssignment() {
    }

    public static Assignment solve(AssignmentProblem problem) {
        int n = problem.children();
        int edges = problem.edges();
        int[] childStart = problem.childStart;
        long[] order = new long[edges];
        for (int c = 0; c < n; c++) {
            for (int e = childStart[c]; e < childStart[c + 1]; e++) {
                order[e] = (long) (AssignmentProblem.MAX_SCORE - problem.edgeScore[e]) << 32 | e;
            }
        }
        Arrays.sort(order);
        int[] edgeChild = new int[edges];
        for (int c = 0; c < n; c++) {
            Arrays.fill(edgeChild, childStart[c], childStart[c + 1], c);
        }
        int[] left = new int[problem.mothers()];
        for (int m = 0; m < left.length; m++) {
            left[m] = problem.capacity(m);
        }
        int[] edgeOfChild = new int[n];
        Arrays.fill(edgeOfChild, -1);
        for (long key : order) {
            int e = (int) key;
            int c = edgeChild[e];
            int m = problem.edgeMother[e];
            if (edgeOfChild[c] < 0 && left[m] > 0) {
                edgeOfChild[c] = e;
                left[m]--;
            }
        }
        return Assignment.of(problem, edgeOfChild);
    }
}
