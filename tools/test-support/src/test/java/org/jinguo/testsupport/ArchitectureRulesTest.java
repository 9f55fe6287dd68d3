package org.jinguo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

    @Test
    void namesAPlatformModuleThatUsesAServiceOrAModuleItMayNotUse() {
        String base = "org.jinguo.testsupport.archfixture.platform.base";
        String upper = "org.jinguo.testsupport.archfixture.platform.upper";
        List<String> violations = ArchitectureRules.checkPlatformIncludingTests(Map.of(base, List.of(), upper, List.of(base)),
                List.of("org.jinguo.testsupport.archfixture.service"));

        assertThat(String.join("\n", violations))
                .contains("Money").contains("Shop")
                .contains("Ledger")
                .doesNotContain("Ledger.money");
    }
}
