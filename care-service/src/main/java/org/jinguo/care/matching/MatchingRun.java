package org.jinguo.care.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One batch run: what it considered and what it proposed.
 *
 * @param townCode the town it ran for, null for the whole city
 */
record MatchingRun(UUID id, @Nullable String townCode, LocalDate runOn, String requestedBy, Instant requestedAt, int childrenWaiting,
                   int mothersAvailable, int feasiblePairs, int proposals, long totalScore, long solveMillis) {
}
