package org.jinguo.care.visit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A matched child not visited for too long.
 *
 * @param lastVisitedOn null when never visited under this match
 * @param daysWithoutVisit days since the last visit, or since the match started
 */
record OverdueChild(UUID childId, String caseNumber, String townCode, UUID motherId, LocalDate matchStartedOn,
                    @Nullable LocalDate lastVisitedOn, long daysWithoutVisit) {
}
