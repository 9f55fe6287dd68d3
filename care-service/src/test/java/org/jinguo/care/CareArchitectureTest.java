package org.jinguo.care;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class CareArchitectureTest {

    @Test
    void keepsTheArchitectureRules() {
        assertThat(ArchitectureRules.check("org.jinguo.care")).isEmpty();
    }
}
