package org.jinguo.care.mother;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.ApiException;

/** A caring mother's record: her profile for matching, her status with the day it took effect, and links to training and her login. */
public final class CaringMother {

    private final UUID id;
    private final UUID personId;
    private String accountSubject;
    private MotherProfile profile;
    private MotherStatus status;
    private LocalDate statusEffectiveOn;
    private final LocalDate registeredOn;
    private long version;

    CaringMother(UUID id, UUID personId, String accountSubject, MotherProfile profile, MotherStatus status, LocalDate statusEffectiveOn,
                 LocalDate registeredOn, long version) {
        this.id = id;
        this.personId = personId;
        this.accountSubject = accountSubject;
        this.profile = profile;
        this.status = status;
        this.statusEffectiveOn = statusEffectiveOn;
        this.registeredOn = registeredOn;
        this.version = version;
    }

    static CaringMother register(UUID id, UUID personId, String accountSubject, MotherProfile profile, LocalDate registeredOn) {
        return new CaringMother(id, personId, accountSubject, profile, MotherStatus.APPLICANT, registeredOn, registeredOn, 1);
    }

    void revise(MotherProfile revised, String revisedAccountSubject) {
        if (status == MotherStatus.WITHDRAWN) {
            throw ApiException.conflict("MOTHER_WITHDRAWN", id);
        }
        profile = revised;
        accountSubject = revisedAccountSubject;
        version++;
    }

    /** A status change taking effect on the day, which may not come before the current status took effect. */
    void become(MotherStatus next, LocalDate effectiveOn) {
        if (!status.mayBecome(next)) {
            throw ApiException.conflict("MOTHER_STATUS_CHANGE", status, next);
        }
        if (effectiveOn.isBefore(statusEffectiveOn)) {
            throw ApiException.invalid("effectiveOn", "BEFORE_CURRENT_STATUS", statusEffectiveOn);
        }
        status = next;
        statusEffectiveOn = effectiveOn;
        version++;
    }

    /** Whether her safeguarding check is recent enough on the day. */
    public boolean safeguardingValidOn(LocalDate day, int validMonths) {
        LocalDate checked = profile.safeguardingCheckedOn();
        return checked != null && !checked.isAfter(day) && checked.plusMonths(validMonths).isAfter(day);
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String accountSubject() {
        return accountSubject;
    }

    public MotherProfile profile() {
        return profile;
    }

    public MotherStatus status() {
        return status;
    }

    public LocalDate statusEffectiveOn() {
        return statusEffectiveOn;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public long version() {
        return version;
    }
}
