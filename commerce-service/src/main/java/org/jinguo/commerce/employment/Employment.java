package org.jinguo.commerce.employment;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * A woman's work at a workshop from {@code startedOn}, until {@code endedOn} if it ended, at a
 * monthly pay in fen (null when not known). {@code outcomeId} names the training outcome it came
 * from, once known.
 */
public final class Employment {

    private final UUID id;
    private final UUID workshopId;
    private final Employee employee;
    private UUID outcomeId;
    private final String townCode;
    private final LocalDate startedOn;
    private LocalDate endedOn;
    private final Long monthlyPayFen;
    private long version;

    public Employment(UUID id, UUID workshopId, Employee employee, UUID outcomeId, String townCode, LocalDate startedOn, LocalDate endedOn,
                      Long monthlyPayFen, long version) {
        this.id = id;
        this.workshopId = workshopId;
        this.employee = employee;
        this.outcomeId = outcomeId;
        this.townCode = townCode;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.monthlyPayFen = monthlyPayFen;
        this.version = version;
    }

    void end(LocalDate on) {
        if (endedOn != null) {
            throw new RuleViolation("EMPLOYMENT_ENDED", id, endedOn);
        }
        if (on.isBefore(startedOn)) {
            throw new RuleViolation("ENDED_BEFORE_STARTED", id, startedOn);
        }
        endedOn = on;
        version++;
    }

    /** @return false when it was linked to an outcome already */
    boolean linkOutcome(UUID outcome) {
        if (outcomeId != null) {
            return false;
        }
        outcomeId = outcome;
        version++;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID workshopId() {
        return workshopId;
    }

    public Employee employee() {
        return employee;
    }

    public UUID outcomeId() {
        return outcomeId;
    }

    public String townCode() {
        return townCode;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Long monthlyPayFen() {
        return monthlyPayFen;
    }

    public long version() {
        return version;
    }
}
