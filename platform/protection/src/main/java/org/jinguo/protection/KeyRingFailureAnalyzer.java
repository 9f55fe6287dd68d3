package org.jinguo.protection;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what is wrong with the key ring, and where it is set, when a service cannot start with it. */
class KeyRingFailureAnalyzer extends AbstractFailureAnalyzer<KeyRingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeyRingException cause) {
        return new FailureAnalysis(cause.getMessage(), "Give the service its own key ring: JINGUO_MASTER_KEY, the active master key, "
                + "and JINGUO_RETIRED_MASTER_KEYS, the keys a rotation moves away from (docs/security.md, \"Keys\").", cause);
    }
}
