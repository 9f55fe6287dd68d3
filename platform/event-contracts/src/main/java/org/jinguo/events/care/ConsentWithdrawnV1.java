package org.jinguo.events.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A consent for a child's case was withdrawn. Subject and key: the child id. A withdrawn
 * {@code SHARING} consent means every partner-facing copy of the case must be dropped.
 *
 * @param consent SERVICE or SHARING
 */
public record ConsentWithdrawnV1(
        UUID childId,
        String consent,
        LocalDate withdrawnOn) {
}
