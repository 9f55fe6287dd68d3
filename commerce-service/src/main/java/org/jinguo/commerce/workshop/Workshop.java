package org.jinguo.commerce.workshop;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/** A workshop, open from {@code openedOn}; once closed it stays closed (a new opening is a new workshop). */
public final class Workshop {

    private final UUID id;
    private WorkshopProfile profile;
    private final LocalDate openedOn;
    private LocalDate closedOn;
    private long version;

    public Workshop(UUID id, WorkshopProfile profile, LocalDate openedOn, LocalDate closedOn, long version) {
        this.id = id;
        this.profile = profile;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.version = version;
    }

    /** The town does not change: a workshop that moves town is closed and another opened. */
    void revise(WorkshopProfile revised) {
        requireOpen();
        if (!revised.townCode().equals(profile.townCode())) {
            throw new RuleViolation("WORKSHOP_TOWN_FIXED", id, profile.townCode());
        }
        profile = revised;
        version++;
    }

    void close(LocalDate on) {
        requireOpen();
        if (on.isBefore(openedOn)) {
            throw new RuleViolation("CLOSED_BEFORE_OPENED", id, openedOn);
        }
        closedOn = on;
        version++;
    }

    /** Active on a day: opened by then and not yet closed. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(openedOn) && (closedOn == null || day.isBefore(closedOn));
    }

    public boolean closed() {
        return closedOn != null;
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new RuleViolation("WORKSHOP_CLOSED", id, closedOn);
        }
    }

    public UUID id() {
        return id;
    }

    public WorkshopProfile profile() {
        return profile;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public long version() {
        return version;
    }
}
