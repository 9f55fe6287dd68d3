package org.jinguo.identity.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The operations client.
 *
 * @param roles  what its tokens carry
 * @param secret only in the response that renewed it; stored as a hash, never shown again
 */
record OperationsClientView(String clientId, String name, List<String> roles, boolean enabled, @Nullable String secret) {
}
