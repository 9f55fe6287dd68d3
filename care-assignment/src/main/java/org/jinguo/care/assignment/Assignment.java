package org.jinguo.care.assignment;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Which mother each child goes to, as a solver answered it; {@code -1} for a child left without.
 * The count and the total score are kept with it so that callers compare answers without
 * recomputing them.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class Assignment {

    private final int[] motherOf;
    private final int matched;
    private final long totalScore;

    static Assignment of(AssignmentProblem problem, int[] edgeOfChild) {
        int[] motherOf = new int[edgeOfChild.length];
        int matched = 0;
        long total = 0;
        for (int c = 0; c < edgeOfChild.length; c++) {
            int e = edgeOfChild[c];
            motherOf[c] = e < 0 ? -1 : problem.edgeMother[e];
            if (e >= 0) {
                matched++;
                total += problem.edgeScore[e];
            }
        }
        return new Assignment(motherOf, matched, total);
    }

    /** @return the mother the child is assigned to, or -1 if none */
    public int motherOf(int child) {
        return motherOf[child];
    }

    public int children() {
        return motherOf.length;
    }

    /** Number of children assigned a mother. */
    public int matched() {
        return matched;
    }

    /** Sum of the scores of the pairs used. */
    public long totalScore() {
        return totalScore;
    }

    @Override
    public String toString() {
        return "Assignment[matched=" + matched + ", totalScore=" + totalScore + "]";
    }
}
