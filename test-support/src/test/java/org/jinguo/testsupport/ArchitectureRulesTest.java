package org.jinguo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    @Test
    void passesAServiceThatKeepsTheRules() {
        assertThat(ArchitectureRules.checkIncludingTests("org.jinguo.testsupport.archfixture.good")).isEmpty();
    }

    @Test
    void namesSpringInTheDomainAndCyclesBetweenFeatures() {
        assertThat(String.join("\n", ArchitectureRules.checkIncludingTests("org.jinguo.testsupport.archfixture.bad")))
                .contains("Component")
                .contains("Cycle detected");
    }
}
