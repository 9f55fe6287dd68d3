package org.jinguo.org.coverage;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * A unit covered by an organisation in a mode, from {@code startedOn} to {@code endedOn}, both
 * days included; open while {@code endedOn} is null. Ended coverages stay as history.
 */
public final class Coverage {

    private final UUID id;
    private final UUID unitId;
    private final UUID organizationId;
    private final EstablishmentMode mode;
    private final LocalDate startedOn;
    private LocalDate endedOn;

    public Coverage(UUID id, UUID unitId, UUID organizationId, EstablishmentMode mode, LocalDate startedOn, LocalDate endedOn) {
        this.id = id;
        this.unitId = unitId;
        this.organizationId = organizationId;
        this.mode = mode;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public static Coverage start(UUID id, UUID unitId, UUID organizationId, EstablishmentMode mode, LocalDate startedOn) {
        return new Coverage(id, unitId, organizationId, mode, startedOn, null);
    }

    /** @param lastDay the last day the unit is covered */
    public void end(LocalDate lastDay) {
        if (endedOn != null) {
            throw new RuleViolation("COVERAGE_ENDED", id, endedOn);
        }
        if (lastDay.isBefore(startedOn)) {
            throw new RuleViolation("COVERAGE_END_BEFORE_START", lastDay, startedOn);
        }
        endedOn = lastDay;
    }

    /**
     * Hands the rest of this coverage from {@code day} on to {@code successorId}, in the same mode.
     * This one ends the day before; a coverage that had not begun by then moves over whole.
     *
     * @return the successor's coverage
     */
    public Coverage handOver(UUID newId, UUID successorId, LocalDate day) {
        LocalDate from = startedOn.isAfter(day) ? startedOn : day;
        Coverage successor = new Coverage(newId, unitId, successorId, mode, from, endedOn);
        endedOn = from.minusDays(1);
        return successor;
    }

    /** Whether it ends before it starts: a coverage handed over whole before it began. */
    public boolean isEmpty() {
        return endedOn != null && endedOn.isBefore(startedOn);
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startedOn) && (endedOn == null || !day.isAfter(endedOn));
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public EstablishmentMode mode() {
        return mode;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }
}
