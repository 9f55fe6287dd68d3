package org.jinguo.identity.client;

import java.util.Set;

/** The scopes partner agencies can be granted: read or write, per service. */
final class PartnerScopes {

    static final Set<String> ALL = Set.of(
            "org.read", "org.write",
            "training.read", "training.write",
            "commerce.read", "commerce.write",
            "care.read", "care.write");

    private PartnerScopes() {
    }
}
