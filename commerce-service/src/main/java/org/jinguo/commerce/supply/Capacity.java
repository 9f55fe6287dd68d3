package org.jinguo.commerce.supply;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A workshop's declared capacity: {@code units} of a product over the days from {@code periodStart}
 * to {@code periodEnd} (both included), made at an even pace; {@code allocated} units of it are
 * already promised to chosen allocations.
 */
public record Capacity(UUID id, UUID workshopId, String townCode, UUID productId, LocalDate periodStart, LocalDate periodEnd, int units,
                       int allocated) {

    /**
     * What it can still give a demand due on {@code deadline}, counting from {@code today}: the
     * share of its units made on the days of its period from today (or its start) to the deadline
     * (or its end), rounded down, less what is already allocated.
     */
    int usableFor(LocalDate today, LocalDate deadline) {
        LocalDate from = periodStart.isAfter(today) ? periodStart : today;
        LocalDate to = periodEnd.isBefore(deadline) ? periodEnd : deadline;
        if (to.isBefore(from)) {
            return 0;
        }
        long periodDays = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
        long usableDays = ChronoUnit.DAYS.between(from, to) + 1;
        long madeInTime = units * usableDays / periodDays;
        return (int) Math.max(0, madeInTime - allocated);
    }

    /** The first day it can make anything for a demand, counting from today. */
    LocalDate availableFrom(LocalDate today) {
        return periodStart.isAfter(today) ? periodStart : today;
    }
}
