package org.jinguo.care.insurance;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record InsuranceEnrolmentView(UUID id, UUID programmeId, @Nullable UUID personId, InsuredPersonalData personal, int birthYear,
                              long monthlyIncomePerCapitaFen, String townCode, InsuranceEnrolmentStatus status, LocalDate appliedOn,
                              @Nullable LocalDate enrolledOn, @Nullable LocalDate coverEndsOn, @Nullable String rejectionReason,
                              long version) {

    static InsuranceEnrolmentView of(Enrolment enrolment, InsuredPersonalData personal) {
        return new InsuranceEnrolmentView(enrolment.id(), enrolment.programmeId(), enrolment.personId(), personal, enrolment.birthYear(),
                enrolment.monthlyIncomePerCapitaFen(), enrolment.townCode(), enrolment.status(), enrolment.appliedOn(), enrolment.enrolledOn(),
                enrolment.coverEndsOn(), enrolment.rejectionReason(), enrolment.version());
    }
}
