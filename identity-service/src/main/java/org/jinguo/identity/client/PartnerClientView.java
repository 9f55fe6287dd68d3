package org.jinguo.identity.client;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A partner agency's client.
 *
 * @param secret only in the response that created or renewed it; stored as a hash, never shown again
 */
record PartnerClientView(String clientId, String name, List<String> scopes, boolean enabled, Instant issuedAt, @Nullable String secret) {
}
