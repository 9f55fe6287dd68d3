package org.jinguo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class IdentityArchitectureTest {

    @Test
    void keepsTheArchitectureRules() {
        assertThat(ArchitectureRules.check("org.jinguo.identity")).isEmpty();
    }
}
