package org.jinguo.training.outcome;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The body the outcomes API accepts. */
final class OutcomeRequests {

    private OutcomeRequests() {
    }

    /**
     * @param id        optional: an offline-capable client may choose the id
     * @param workshopId when employed at a workshop known from commerce-service; else {@code workplace} names where
     * @param startedOn  required when employed
     * @param monthlyIncomeBeforeFen optional: her monthly income before the course, in fen
     * @param monthlyIncomeAfterFen  optional: her monthly income now, in fen
     */
    record OutcomeBody(
            UUID id,
            @NotNull UUID personId,
            @NotNull UUID courseId,
            @NotNull Boolean employed,
            UUID workshopId,
            @Size(max = 200) @PlainText String workplace,
            LocalDate startedOn,
            @Min(0) @Max(10_000_000) Long monthlyIncomeBeforeFen,
            @Min(0) @Max(10_000_000) Long monthlyIncomeAfterFen) {

        /** @return null when she is not employed */
        Employment toEmployment() {
            String where = workplace == null || workplace.isBlank() ? null : workplace;
            if (!employed) {
                if (workshopId != null || where != null || startedOn != null) {
                    throw ApiException.invalid("employed", "NOT_EMPLOYED_HAS_NO_JOB");
                }
                return null;
            }
            if (startedOn == null) {
                throw ApiException.invalid("startedOn", "START_REQUIRED");
            }
            if (workshopId == null && where == null) {
                throw ApiException.invalid("workplace", "WORKPLACE_REQUIRED");
            }
            return new Employment(workshopId, where, startedOn);
        }
    }
}
