package org.jinguo.care.assignment;

import java.util.Arrays;

/**
 * Who may care for whom: children on one side, volunteer mothers on the other, each mother taking
 * at most her capacity of children, and the (child, mother) pairs the Federation found feasible,
 * each with a score of how good a match it is.
 *
 * <p>Immutable once built. The pairs are kept as compact sorted arrays (for each child, its
 * mothers in ascending order) rather than objects, so that a whole city's pairs take little memory
 * and the solvers walk them without indirection; and since the order depends only on
 * the pairs, never on the order they were added, two problems built from the same pairs are solved
 * identically.
 */
public final class AssignmentProblem {

    /** The highest score a pair may have, so that a total over any assignment fits a {@code long} exactly. */
    public static final int MAX_SCORE = 1_000_000;

    private final int children;
    private final int[] capacities;
    final int[] childStart;
    final int[] edgeMother;
    final int[] edgeScore;

    private AssignmentProblem(int children, int[] capacities, int[] childStart, int[] edgeMother, int[] edgeScore) {
        this.children = children;
        this.capacities = capacities;
        this.childStart = childStart;
        this.edgeMother = edgeMother;
        this.edgeScore = edgeScore;
    }

    /**
     * @param children   number of children, numbered from 0
     * @param capacities for each mother (numbered from 0), how many children she may take; 0 is allowed and means none
     */
    public static Builder builder(int children, int[] capacities) {
        return new Builder(children, capacities);
    }

    public int children() {
        return children;
    }

    public int mothers() {
        return capacities.length;
    }

    public int capacity(int mother) {
        return capacities[mother];
    }

    /** Number of feasible pairs. */
    public int edges() {
        return edgeMother.length;
    }

    /** @return the score of the pair, or -1 if the pair is not feasible */
    public int score(int child, int mother) {
        int at = Arrays.binarySearch(edgeMother, childStart[child], childStart[child + 1], mother);
        return at >= 0 ? edgeScore[at] : -1;
    }

    /** Collects feasible pairs; {@link #build()} sorts them and rejects a pair given twice. */
    public static final class Builder {

        private final int children;
        private final int[] capacities;
        private int[] edgeChild = new int[16];
        private long[] motherAndScore = new long[16];
        private int size;

        private Builder(int children, int[] capacities) {
            if (children < 0) {
                throw new IllegalArgumentException("children must not be negative: " + children);
            }
            this.children = children;
            this.capacities = capacities.clone();
            for (int m = 0; m < this.capacities.length; m++) {
                if (this.capacities[m] < 0) {
                    throw new IllegalArgumentException("capacity of mother " + m + " must not be negative: " + this.capacities[m]);
                }
            }
        }

        public Builder edge(int child, int mother, int score) {
            if (child < 0 || child >= children) {
                throw new IllegalArgumentException("child " + child + " outside 0.." + (children - 1));
            }
            if (mother < 0 || mother >= capacities.length) {
                throw new IllegalArgumentException("mother " + mother + " outside 0.." + (capacities.length - 1));
            }
            if (score < 0 || score > MAX_SCORE) {
                throw new IllegalArgumentException("score " + score + " outside 0.." + MAX_SCORE);
            }
            if (size == edgeChild.length) {
                edgeChild = Arrays.copyOf(edgeChild, size * 2);
                motherAndScore = Arrays.copyOf(motherAndScore, size * 2);
            }
            edgeChild[size] = child;
            motherAndScore[size] = (long) mother << 32 | score;
            size++;
            return this;
        }

        public AssignmentProblem build() {
            int[] childStart = new int[children + 1];
            for (int i = 0; i < size; i++) {
                childStart[edgeChild[i] + 1]++;
            }
            for (int c = 0; c < children; c++) {
                childStart[c + 1] += childStart[c];
            }
            int[] next = Arrays.copyOf(childStart, children);
            long[] sorted = new long[size];
            for (int i = 0; i < size; i++) {
                sorted[next[edgeChild[i]]++] = motherAndScore[i];
            }
            int[] edgeMother = new int[size];
            int[] edgeScore = new int[size];
            for (int c = 0; c < children; c++) {
                Arrays.sort(sorted, childStart[c], childStart[c + 1]);
                for (int e = childStart[c]; e < childStart[c + 1]; e++) {
                    edgeMother[e] = (int) (sorted[e] >>> 32);
                    edgeScore[e] = (int) sorted[e];
                    if (e > childStart[c] && edgeMother[e] == edgeMother[e - 1]) {
                        throw new IllegalArgumentException("pair (child " + c + ", mother " + edgeMother[e] + ") given twice");
                    }
                }
            }
            return new AssignmentProblem(children, capacities.clone(), childStart, edgeMother, edgeScore);
        }
    }
}
