package org.jinguo.commerce.online;

import org.jspecify.annotations.Nullable;

/** A record of a batch that was not stored: its position (from 0), its external id as sent, and why (a stable code). */
public record Rejection(int index, @Nullable String externalId, String reason) {
}
