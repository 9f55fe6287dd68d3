package org.jinguo.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class OrgArchitectureTest {

    @Test
    void keepsTheArchitectureRules() {
        assertThat(ArchitectureRules.check("org.jinguo.org")).isEmpty();
    }
}
