package org.jinguo.training.mentor;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * A cooperation agreement (巾帼共富合作协议) between a mentor and a village or an enterprise,
 * signed on a date, possibly ending on one, possibly terminated early.
 */
public final class Agreement {

    private final UUID id;
    private final UUID mentorId;
    private final AgreementKind kind;
    private final AgreementParty party;
    private final LocalDate signedOn;
    private final LocalDate endsOn;
    private LocalDate terminatedOn;
    private final String summary;
    private long version;

    public Agreement(UUID id, UUID mentorId, AgreementKind kind, AgreementParty party, LocalDate signedOn, LocalDate endsOn,
                     LocalDate terminatedOn, String summary, long version) {
        this.id = id;
        this.mentorId = mentorId;
        this.kind = kind;
        this.party = party;
        this.signedOn = signedOn;
        this.endsOn = endsOn;
        this.terminatedOn = terminatedOn;
        this.summary = summary;
        this.version = version;
    }

    void terminate(LocalDate on) {
        if (terminatedOn != null) {
            throw new RuleViolation("AGREEMENT_TERMINATED", id);
        }
        if (on.isBefore(signedOn)) {
            throw new RuleViolation("TERMINATED_BEFORE_SIGNED", id, signedOn);
        }
        terminatedOn = on;
        version++;
    }

    /** Its status on {@code day}. */
    public AgreementStatus statusOn(LocalDate day) {
        if (day.isBefore(signedOn)) {
            return AgreementStatus.SIGNED;
        }
        if (terminatedOn != null && !day.isBefore(terminatedOn)) {
            return AgreementStatus.TERMINATED;
        }
        if (endsOn != null && day.isAfter(endsOn)) {
            return AgreementStatus.ENDED;
        }
        return AgreementStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public UUID mentorId() {
        return mentorId;
    }

    public AgreementKind kind() {
        return kind;
    }

    public AgreementParty party() {
        return party;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate terminatedOn() {
        return terminatedOn;
    }

    public String summary() {
        return summary;
    }

    public long version() {
        return version;
    }
}
