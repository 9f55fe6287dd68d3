package org.jinguo.care.child;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.ApiException;

/**
 * A child's case: what matching and the statistics read in clear, and the status it moves
 * through. Personal data is kept apart, sealed (see {@link ChildPersonalData}).
 */
public final class Child {

    private final UUID id;
    private final String caseNumber;
    private ChildProfile profile;
    private Needs needs;
    private ChildStatus status;
    private final LocalDate registeredOn;
    private LocalDate assessedOn;
    private LocalDate closedOn;
    private CloseReason closeReason;
    private Consent serviceConsent;
    private Consent sharingConsent;
    private final boolean erased;
    private long version;

    Child(UUID id, String caseNumber, ChildProfile profile, Needs needs, ChildStatus status, LocalDate registeredOn, LocalDate assessedOn,
          LocalDate closedOn, CloseReason closeReason, Consent serviceConsent, Consent sharingConsent, boolean erased, long version) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.profile = profile;
        this.needs = needs;
        this.status = status;
        this.registeredOn = registeredOn;
        this.assessedOn = assessedOn;
        this.closedOn = closedOn;
        this.closeReason = closeReason;
        this.serviceConsent = serviceConsent;
        this.sharingConsent = sharingConsent;
        this.erased = erased;
        this.version = version;
    }

    static Child register(UUID id, String caseNumber, ChildProfile profile, LocalDate registeredOn) {
        return new Child(id, caseNumber, profile, null, ChildStatus.REGISTERED, registeredOn, null, null, null, Consent.NONE, Consent.NONE,
                false, 1);
    }

    void revise(ChildProfile revised) {
        requireOpen();
        boolean inMatch = status == ChildStatus.MATCHED || status == ChildStatus.ACTIVE;
        if (inMatch && !revised.townCode().equals(profile.townCode())) {
            throw ApiException.conflict("END_MATCH_FIRST", caseNumber);
        }
        profile = revised;
        version++;
    }

    /** Needs assessed: a registered case becomes ready for matching; a later assessment only updates the needs. */
    void assess(Needs assessed, LocalDate on) {
        requireOpen();
        if (on.isBefore(registeredOn)) {
            throw ApiException.invalid("assessedOn", "BEFORE_REGISTRATION", registeredOn);
        }
        needs = assessed;
        assessedOn = on;
        if (status == ChildStatus.REGISTERED) {
            status = ChildStatus.ASSESSED;
        }
        version++;
    }

    void giveConsent(ConsentKind kind, LocalDate on) {
        requireOpen();
        if (on.isBefore(registeredOn.minusYears(1))) {
            throw ApiException.invalid("givenOn", "CONSENT_LONG_BEFORE_REGISTRATION", registeredOn);
        }
        setConsent(kind, new Consent(on, null));
        version++;
    }

    /** Without consent to services the case leaves its match; @return false when there was no consent in force to withdraw */
    boolean withdrawConsent(ConsentKind kind, LocalDate on) {
        Consent consent = consent(kind);
        if (!consent.given()) {
            return false;
        }
        if (on.isBefore(consent.givenOn())) {
            throw ApiException.invalid("withdrawnOn", "WITHDRAWN_BEFORE_GIVEN", consent.givenOn());
        }
        setConsent(kind, new Consent(consent.givenOn(), on));
        if (kind == ConsentKind.SERVICE && (status == ChildStatus.MATCHED || status == ChildStatus.ACTIVE)) {
            status = ChildStatus.ASSESSED;
        }
        version++;
        return true;
    }

    void close(CloseReason reason, LocalDate on) {
        requireOpen();
        if (on.isBefore(registeredOn)) {
            throw ApiException.invalid("closedOn", "BEFORE_REGISTRATION", registeredOn);
        }
        status = ChildStatus.CLOSED;
        closedOn = on;
        closeReason = reason;
        version++;
    }

    /** Whether its personal data may be erased on the day: closed, and the retention period since over. */
    boolean retentionOverOn(LocalDate day, int retentionYears) {
        return status == ChildStatus.CLOSED && !closedOn.plusYears(retentionYears).isAfter(day);
    }

    /** Whether matching may propose a caring mother on the day: assessed, unmatched, and the guardian consents to the services. */
    boolean awaitsMatchOn(LocalDate day) {
        return status == ChildStatus.ASSESSED && serviceConsent.holdsOn(day);
    }

    void matched() {
        if (status != ChildStatus.ASSESSED) {
            throw ApiException.conflict("CHILD_STATUS", caseNumber, status);
        }
        status = ChildStatus.MATCHED;
        version++;
    }

    /** The first visit under a match makes the case active. */
    void visited() {
        if (status == ChildStatus.MATCHED) {
            status = ChildStatus.ACTIVE;
            version++;
        }
    }

    /** Its match ended: back to waiting for one, unless the case is closed. */
    void matchEnded() {
        if (status == ChildStatus.MATCHED || status == ChildStatus.ACTIVE) {
            status = ChildStatus.ASSESSED;
            version++;
        }
    }

    private void requireOpen() {
        if (status == ChildStatus.CLOSED) {
            throw ApiException.conflict("CHILD_STATUS", caseNumber, status);
        }
    }

    private void setConsent(ConsentKind kind, Consent consent) {
        if (kind == ConsentKind.SERVICE) {
            serviceConsent = consent;
        } else {
            sharingConsent = consent;
        }
    }

    public Consent consent(ConsentKind kind) {
        return kind == ConsentKind.SERVICE ? serviceConsent : sharingConsent;
    }

    public UUID id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public ChildProfile profile() {
        return profile;
    }

    public Needs needs() {
        return needs;
    }

    public ChildStatus status() {
        return status;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public boolean erased() {
        return erased;
    }

    public long version() {
        return version;
    }
}
