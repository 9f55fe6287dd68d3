package org.jinguo.care.insurance;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.ApiException;

/** A woman's enrolment in one programme year, and the cover it gives: from enrolledOn to coverEndsOn. */
final class Enrolment {

    private final UUID id;
    private final UUID programmeId;
    private final UUID personId;
    private final int birthYear;
    private final long monthlyIncomePerCapitaFen;
    private final String townCode;
    private InsuranceEnrolmentStatus status;
    private final LocalDate appliedOn;
    private LocalDate enrolledOn;
    private LocalDate coverEndsOn;
    private String rejectionReason;
    private long version;

    Enrolment(UUID id, UUID programmeId, UUID personId, int birthYear, long monthlyIncomePerCapitaFen, String townCode, InsuranceEnrolmentStatus status,
              LocalDate appliedOn, LocalDate enrolledOn, LocalDate coverEndsOn, String rejectionReason, long version) {
        this.id = id;
        this.programmeId = programmeId;
        this.personId = personId;
        this.birthYear = birthYear;
        this.monthlyIncomePerCapitaFen = monthlyIncomePerCapitaFen;
        this.townCode = townCode;
        this.status = status;
        this.appliedOn = appliedOn;
        this.enrolledOn = enrolledOn;
        this.coverEndsOn = coverEndsOn;
        this.rejectionReason = rejectionReason;
        this.version = version;
    }

    void enrol(Programme programme, LocalDate on) {
        requireStatus(InsuranceEnrolmentStatus.APPLIED);
        if (on.isBefore(appliedOn) || !programme.inYear(on)) {
            throw ApiException.invalid("enrolledOn", "DATE_OUT_OF_RANGE", appliedOn, programme.coverEnds());
        }
        status = InsuranceEnrolmentStatus.ENROLLED;
        enrolledOn = on;
        coverEndsOn = programme.coverEnds();
        version++;
    }

    void reject(String reason) {
        requireStatus(InsuranceEnrolmentStatus.APPLIED);
        status = InsuranceEnrolmentStatus.REJECTED;
        rejectionReason = reason;
        version++;
    }

    /** Cover ends on the day (inclusive). */
    void cancel(LocalDate on) {
        requireStatus(InsuranceEnrolmentStatus.ENROLLED);
        if (on.isBefore(enrolledOn) || on.isAfter(coverEndsOn)) {
            throw ApiException.invalid("cancelledOn", "DATE_OUT_OF_RANGE", enrolledOn, coverEndsOn);
        }
        status = InsuranceEnrolmentStatus.CANCELLED;
        coverEndsOn = on;
        version++;
    }

    private void requireStatus(InsuranceEnrolmentStatus expected) {
        if (status != expected) {
            throw ApiException.conflict("ENROLMENT_STATUS", id, status);
        }
    }

    UUID id() {
        return id;
    }

    UUID programmeId() {
        return programmeId;
    }

    UUID personId() {
        return personId;
    }

    int birthYear() {
        return birthYear;
    }

    long monthlyIncomePerCapitaFen() {
        return monthlyIncomePerCapitaFen;
    }

    String townCode() {
        return townCode;
    }

    InsuranceEnrolmentStatus status() {
        return status;
    }

    LocalDate appliedOn() {
        return appliedOn;
    }

    LocalDate enrolledOn() {
        return enrolledOn;
    }

    LocalDate coverEndsOn() {
        return coverEndsOn;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    long version() {
        return version;
    }
}
