package org.jinguo.care.insurance;

import java.time.LocalDate;
import java.util.UUID;

record EnrolmentView(UUID id, UUID programmeId, UUID personId, InsuredPersonalData personal, int birthYear, long monthlyIncomePerCapitaFen,
                     String townCode, EnrolmentStatus status, LocalDate appliedOn, LocalDate enrolledOn, LocalDate coverEndsOn,
                     String rejectionReason, long version) {

    static EnrolmentView of(Enrolment enrolment, InsuredPersonalData personal) {
        return new EnrolmentView(enrolment.id(), enrolment.programmeId(), enrolment.personId(), personal, enrolment.birthYear(),
                enrolment.monthlyIncomePerCapitaFen(), enrolment.townCode(), enrolment.status(), enrolment.appliedOn(), enrolment.enrolledOn(),
                enrolment.coverEndsOn(), enrolment.rejectionReason(), enrolment.version());
    }
}
