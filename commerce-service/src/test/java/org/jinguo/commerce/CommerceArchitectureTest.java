package org.jinguo.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class CommerceArchitectureTest {

    @Test
    void keepsTheArchitectureRules() {
        assertThat(ArchitectureRules.check("org.jinguo.commerce")).isEmpty();
    }
}
