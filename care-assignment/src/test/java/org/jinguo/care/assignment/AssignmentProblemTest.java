package org.jinguo.care.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssignmentProblemTest {

    @Test
    void keepsPairsSortedWhateverOrderTheyCameIn() {
        AssignmentProblem problem = AssignmentProblem.builder(2, new int[] {1, 2, 0})
                .edge(1, 2, 7).edge(0, 1, 5).edge(1, 0, 3).edge(0, 0, 4).build();

        assertThat(problem.children()).isEqualTo(2);
        assertThat(problem.mothers()).isEqualTo(3);
        assertThat(problem.capacity(1)).isEqualTo(2);
        assertThat(problem.edges()).isEqualTo(4);
        assertThat(problem.score(0, 0)).isEqualTo(4);
        assertThat(problem.score(0, 1)).isEqualTo(5);
        assertThat(problem.score(1, 0)).isEqualTo(3);
        assertThat(problem.score(1, 2)).isEqualTo(7);
        assertThat(problem.score(1, 1)).isEqualTo(-1);
        assertThat(problem.edgeMother).containsExactly(0, 1, 0, 2);
    }

    @Test
    void rejectsWhatIsOutOfRange() {
        assertThatThrownBy(() -> AssignmentProblem.builder(-1, new int[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssignmentProblem.builder(1, new int[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mother 1");
        AssignmentProblem.Builder builder = AssignmentProblem.builder(2, new int[] {1, 1});
        assertThatThrownBy(() -> builder.edge(2, 0, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("child 2");
        assertThatThrownBy(() -> builder.edge(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.edge(0, 2, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mother 2");
        assertThatThrownBy(() -> builder.edge(0, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.edge(0, 0, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> builder.edge(0, 0, AssignmentProblem.MAX_SCORE + 1)).isInstanceOf(IllegalArgumentException.class);
        builder.edge(0, 0, AssignmentProblem.MAX_SCORE).edge(0, 1, 0);
        assertThat(builder.build().edges()).isEqualTo(2);
    }

    @Test
    void rejectsAPairGivenTwice() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(2, new int[] {1, 1}).edge(1, 1, 3).edge(0, 1, 2).edge(1, 1, 4);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("child 1, mother 1");
    }

    @Test
    void copiesTheCapacitiesItWasGiven() {
        int[] capacities = {1};
        AssignmentProblem.Builder builder = AssignmentProblem.builder(1, capacities);
        capacities[0] = 5;

        assertThat(builder.build().capacity(0)).isEqualTo(1);
    }
}
