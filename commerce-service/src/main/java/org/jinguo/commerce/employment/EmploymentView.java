package org.jinguo.commerce.employment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An employment as the API shows it: {@code personId} or {@code workerId}. */
record EmploymentView(UUID id, UUID workshopId, @Nullable UUID personId, @Nullable UUID workerId, @Nullable UUID outcomeId, String townCode,
                      LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable Long monthlyPayFen, long version) {

    static EmploymentView of(Employment employment) {
        return new EmploymentView(employment.id(), employment.workshopId(), employment.employee().personId(),
                employment.employee().workerId(), employment.outcomeId(), employment.townCode(), employment.startedOn(),
                employment.endedOn(), employment.monthlyPayFen(), employment.version());
    }
}
