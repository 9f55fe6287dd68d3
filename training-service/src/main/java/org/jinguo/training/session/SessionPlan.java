package org.jinguo.training.session;

import java.time.Instant;

/**
 * When and where a session is, how many it takes and who teaches: {@code place} may be null for
 * an online session, {@code trainer} may be null until known.
 */
public record SessionPlan(Instant startsAt, Instant endsAt, boolean online, String place, int capacity, String trainer) {
}
