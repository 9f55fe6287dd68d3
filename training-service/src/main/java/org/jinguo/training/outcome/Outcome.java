package org.jinguo.training.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a course led to for one woman: employed or not, where and from when, and her monthly
 * income before and after (either may be unknown). {@code employmentId} links commerce-service's
 * employment record once known; {@code endedOn} is when that employment ended, if it has.
 */
public final class Outcome {

    private final UUID id;
    private final UUID personId;
    private final UUID courseId;
    private Employment employment;
    private Long monthlyIncomeBeforeFen;
    private Long monthlyIncomeAfterFen;
    private UUID employmentId;
    private LocalDate endedOn;
    private final String townCode;
    private final Instant recordedAt;
    private long version;

    public Outcome(UUID id, UUID personId, UUID courseId, Employment employment, Long monthlyIncomeBeforeFen, Long monthlyIncomeAfterFen,
                   UUID employmentId, LocalDate endedOn, String townCode, Instant recordedAt, long version) {
        this.id = id;
        this.personId = personId;
        this.courseId = courseId;
        this.employment = employment;
        this.monthlyIncomeBeforeFen = monthlyIncomeBeforeFen;
        this.monthlyIncomeAfterFen = monthlyIncomeAfterFen;
        this.employmentId = employmentId;
        this.endedOn = endedOn;
        this.townCode = townCode;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    void revise(Employment employment, Long incomeBeforeFen, Long incomeAfterFen) {
        this.employment = employment;
        this.monthlyIncomeBeforeFen = incomeBeforeFen;
        this.monthlyIncomeAfterFen = incomeAfterFen;
        version++;
    }

    /** @return false when it was linked already */
    boolean linkEmployment(UUID employmentId) {
        if (this.employmentId != null) {
            return false;
        }
        this.employmentId = employmentId;
        version++;
        return true;
    }

    void employmentEnded(LocalDate endedOn) {
        this.endedOn = endedOn;
        version++;
    }

    public boolean employed() {
        return employment != null;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID courseId() {
        return courseId;
    }

    /** null when she is not employed */
    public Employment employment() {
        return employment;
    }

    public Long monthlyIncomeBeforeFen() {
        return monthlyIncomeBeforeFen;
    }

    public Long monthlyIncomeAfterFen() {
        return monthlyIncomeAfterFen;
    }

    public UUID employmentId() {
        return employmentId;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String townCode() {
        return townCode;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
