package org.jinguo.care.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.care.Refusal;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

    private static final Programme YEAR_2025 = new Programme(UUID.randomUUID(), 2025, "2025年度女性安康保险", 9900, 150_000, 18, 60);
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 1);

    @Test
    void anEnrolledWomanIsCoveredFromTheDayToTheEndOfTheProgrammeYear() {
        Enrolment enrolment = applied();

        enrolment.enrol(YEAR_2025, LocalDate.of(2025, 3, 1));

        assertThat(enrolment.status()).isEqualTo(InsuranceEnrolmentStatus.ENROLLED);
        assertThat(enrolment.enrolledOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(enrolment.coverEndsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(enrolment.version()).isEqualTo(2);
    }

    @Test
    void enrolmentFallsBetweenTheApplicationAndTheYearsEnd() {
        Enrolment enrolment = applied();
        Refusal outOfRange = new Refusal(400, "enrolledOn DATE_OUT_OF_RANGE");

        assertThat(Refusal.of(() -> enrolment.enrol(YEAR_2025, APPLIED.minusDays(1)))).isEqualTo(outOfRange);
        assertThat(Refusal.of(() -> enrolment.enrol(YEAR_2025, LocalDate.of(2026, 1, 1)))).isEqualTo(outOfRange);
        assertThat(enrolment.status()).isEqualTo(InsuranceEnrolmentStatus.APPLIED);
        assertThat(enrolment.coverEndsOn()).isNull();

        enrolment.enrol(YEAR_2025, APPLIED);
        assertThat(enrolment.enrolledOn()).as("the day she applied").isEqualTo(APPLIED);
    }

    @Test
    void aWomanIsEnrolledOnceAndAnEnrolmentIsNotRejectedAfterwards() {
        Enrolment enrolment = applied();
        enrolment.enrol(YEAR_2025, LocalDate.of(2025, 3, 1));

        assertThat(Refusal.of(() -> enrolment.enrol(YEAR_2025, LocalDate.of(2025, 4, 1)))).isEqualTo(new Refusal(409, "ENROLMENT_STATUS"));
        assertThat(Refusal.of(() -> enrolment.reject("资料不全"))).isEqualTo(new Refusal(409, "ENROLMENT_STATUS"));
        assertThat(enrolment.enrolledOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(enrolment.rejectionReason()).isNull();
    }

    @Test
    void theInsurerRefusesAnApplicationWithAReasonAndItIsNeverCovered() {
        Enrolment enrolment = applied();

        enrolment.reject("已在其他单位参保");

        assertThat(enrolment.status()).isEqualTo(InsuranceEnrolmentStatus.REJECTED);
        assertThat(enrolment.rejectionReason()).isEqualTo("已在其他单位参保");
        assertThat(Refusal.of(() -> enrolment.enrol(YEAR_2025, LocalDate.of(2025, 3, 1)))).isEqualTo(new Refusal(409, "ENROLMENT_STATUS"));
        assertThat(Refusal.of(() -> enrolment.cancel(LocalDate.of(2025, 3, 1)))).isEqualTo(new Refusal(409, "ENROLMENT_STATUS"));
    }

    @Test
    void cancellingEndsTheCoverOnTheDayWithinTheCover() {
        Enrolment enrolment = applied();
        assertThat(Refusal.of(() -> enrolment.cancel(APPLIED))).as("not covered yet").isEqualTo(new Refusal(409, "ENROLMENT_STATUS"));
        enrolment.enrol(YEAR_2025, LocalDate.of(2025, 3, 1));
        Refusal outOfRange = new Refusal(400, "cancelledOn DATE_OUT_OF_RANGE");

        assertThat(Refusal.of(() -> enrolment.cancel(LocalDate.of(2025, 2, 28)))).isEqualTo(outOfRange);
        assertThat(Refusal.of(() -> enrolment.cancel(LocalDate.of(2026, 1, 1)))).isEqualTo(outOfRange);
        assertThat(enrolment.coverEndsOn()).isEqualTo(LocalDate.of(2025, 12, 31));

        enrolment.cancel(LocalDate.of(2025, 12, 31));
        assertThat(enrolment.status()).isEqualTo(InsuranceEnrolmentStatus.CANCELLED);
        assertThat(enrolment.coverEndsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Refusal.of(() -> enrolment.cancel(LocalDate.of(2025, 6, 30)))).as("cancelled once").isEqualTo(new Refusal(409, "ENROLMENT_STATUS"));
    }

    @Test
    void aCancellationShortensTheCover() {
        Enrolment enrolment = applied();
        enrolment.enrol(YEAR_2025, LocalDate.of(2025, 3, 1));

        enrolment.cancel(LocalDate.of(2025, 3, 1));

        assertThat(enrolment.coverEndsOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    private static Enrolment applied() {
        return new Enrolment(UUID.randomUUID(), YEAR_2025.id(), null, 1985, 120_000, "XIANJU", InsuranceEnrolmentStatus.APPLIED, APPLIED, null, null,
                null, 1);
    }
}
