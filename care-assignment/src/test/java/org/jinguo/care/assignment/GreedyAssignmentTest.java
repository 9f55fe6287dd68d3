package org.jinguo.care.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreedyAssignmentTest {

    @Test
    void takesTheBestPairsFirstTiesByChildThenMother() {
        AssignmentProblem problem = AssignmentProblem.builder(3, new int[] {1, 1})
                .edge(2, 0, 9).edge(1, 1, 9).edge(1, 0, 9).edge(0, 0, 2).edge(0, 1, 1).build();

        Assignment greedy = GreedyAssignment.solve(problem);

        assertThat(greedy.motherOf(1)).isEqualTo(0);
        assertThat(greedy.motherOf(2)).isEqualTo(-1);
        assertThat(greedy.motherOf(0)).isEqualTo(1);
        assertThat(greedy.matched()).isEqualTo(2);
        assertThat(greedy.totalScore()).isEqualTo(10);
    }
}
