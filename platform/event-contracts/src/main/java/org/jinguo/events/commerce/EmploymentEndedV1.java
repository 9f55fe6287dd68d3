package org.jinguo.events.commerce;

import java.time.LocalDate;
import java.util.UUID;

/** A woman's work at a workshop ended. Subject and key: the employment id. */
public record EmploymentEndedV1(
        UUID id,
        UUID workshopId,
        UUID personId,
        LocalDate endedOn) {
}
