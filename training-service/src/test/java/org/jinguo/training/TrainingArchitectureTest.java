package org.jinguo.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class TrainingArchitectureTest {

    @Test
    void keepsTheArchitectureRules() {
        assertThat(ArchitectureRules.check("org.jinguo.training")).isEmpty();
    }
}
