package org.jinguo.commerce.supply;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/** Units of a demand given to one workshop's capacity, chosen on a day and tracked to fulfilment. */
public final class Allocation {

    private final UUID id;
    private final UUID demandId;
    private final UUID capacityId;
    private final UUID workshopId;
    private final int units;
    private AllocationStatus status;
    private final LocalDate chosenOn;
    private LocalDate fulfilledOn;
    private long version;

    public Allocation(UUID id, UUID demandId, UUID capacityId, UUID workshopId, int units, AllocationStatus status, LocalDate chosenOn,
                      LocalDate fulfilledOn, long version) {
        this.id = id;
        this.demandId = demandId;
        this.capacityId = capacityId;
        this.workshopId = workshopId;
        this.units = units;
        this.status = status;
        this.chosenOn = chosenOn;
        this.fulfilledOn = fulfilledOn;
        this.version = version;
    }

    void fulfil(LocalDate on) {
        requireChosen();
        if (on.isBefore(chosenOn)) {
            throw new RuleViolation("FULFILLED_BEFORE_CHOSEN", id, chosenOn);
        }
        status = AllocationStatus.FULFILLED;
        fulfilledOn = on;
        version++;
    }

    void cancel() {
        requireChosen();
        status = AllocationStatus.CANCELLED;
        version++;
    }

    private void requireChosen() {
        if (status != AllocationStatus.CHOSEN) {
            throw new RuleViolation("ALLOCATION_STATUS", id, status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID demandId() {
        return demandId;
    }

    public UUID capacityId() {
        return capacityId;
    }

    public UUID workshopId() {
        return workshopId;
    }

    public int units() {
        return units;
    }

    public AllocationStatus status() {
        return status;
    }

    public LocalDate chosenOn() {
        return chosenOn;
    }

    public LocalDate fulfilledOn() {
        return fulfilledOn;
    }

    public long version() {
        return version;
    }
}
