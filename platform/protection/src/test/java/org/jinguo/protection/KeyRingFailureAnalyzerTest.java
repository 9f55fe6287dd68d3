package org.jinguo.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class KeyRingFailureAnalyzerTest {

    @Test
    void aServiceThatCannotStartWithItsKeyRingSaysWhatIsWrongAndWhereItIsSet() {
        Throwable startFailure = new BeanCreationException("keyRing", "Failed to instantiate",
                catching(() -> MasterKeyCipher.fromBase64("")));

        FailureAnalysis analysis = new KeyRingFailureAnalyzer().analyze(startFailure);

        assertThat(analysis.getDescription()).isEqualTo("No master key: set JINGUO_MASTER_KEY to 32 random bytes in Base64");
        assertThat(analysis.getAction()).contains("JINGUO_MASTER_KEY", "JINGUO_RETIRED_MASTER_KEYS");
    }

    @Test
    void aKeyThatIsNotBase64IsNamedWithoutShowingIt() {
        Throwable failure = catching(() -> MasterKeyCipher.fromBase64("not-base64!secret-part"));

        assertThat(failure).isInstanceOf(KeyRingException.class).hasMessageNotContaining("secret-part");
    }

    @Test
    void isRegisteredWithSpringBoot() {
        // Boot's own analyzers that need a bean factory to be made are left out.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, (type, name, failure) -> { }))
                .hasAtLeastOneElementOfType(KeyRingFailureAnalyzer.class);
    }

    private static Throwable catching(Runnable failing) {
        try {
            failing.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("It did not fail");
    }
}
