package org.jinguo.care.mother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jinguo.care.Refusal;
import org.jinguo.web.problem.ApiException;
import org.junit.jupiter.api.Test;

class CaringMotherTest {

    private static final LocalDate REGISTERED = LocalDate.of(2023, 5, 1);

    @Test
    void aNewMotherIsAnApplicantFromHerRegistration() {
        CaringMother mother = registered(null);

        assertThat(mother.status()).isEqualTo(MotherStatus.APPLICANT);
        assertThat(mother.statusEffectiveOn()).isEqualTo(REGISTERED);
        assertThat(mother.version()).isEqualTo(1);
    }

    @Test
    void herStatusFollowsItsPathAndWithdrawalIsFinal() {
        Map<MotherStatus, Set<MotherStatus>> allowed = new EnumMap<>(MotherStatus.class);
        for (MotherStatus from : MotherStatus.values()) {
            Set<MotherStatus> next = EnumSet.noneOf(MotherStatus.class);
            for (MotherStatus to : MotherStatus.values()) {
                CaringMother mother = in(from);
                Throwable refused = catchThrowable(() -> mother.become(to, REGISTERED.plusYears(1)));
                if (refused == null) {
                    next.add(to);
                } else {
                    assertThat(refused).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("MOTHER_STATUS_CHANGE"));
                    assertThat(mother.status()).isEqualTo(from);
                }
            }
            allowed.put(from, next);
        }

        assertThat(allowed).isEqualTo(Map.of(
                MotherStatus.APPLICANT, EnumSet.of(MotherStatus.CERTIFIED, MotherStatus.WITHDRAWN),
                MotherStatus.CERTIFIED, EnumSet.of(MotherStatus.ACTIVE, MotherStatus.WITHDRAWN),
                MotherStatus.ACTIVE, EnumSet.of(MotherStatus.PAUSED, MotherStatus.WITHDRAWN),
                MotherStatus.PAUSED, EnumSet.of(MotherStatus.ACTIVE, MotherStatus.WITHDRAWN),
                MotherStatus.WITHDRAWN, EnumSet.noneOf(MotherStatus.class)));
    }

    @Test
    void aChangeTakesEffectOnItsDayNeverBeforeTheCurrentStatusDid() {
        CaringMother mother = registered(null);
        mother.become(MotherStatus.CERTIFIED, LocalDate.of(2023, 6, 1));

        assertThat(Refusal.of(() -> mother.become(MotherStatus.ACTIVE, LocalDate.of(2023, 5, 31))))
                .isEqualTo(new Refusal(400, "effectiveOn BEFORE_CURRENT_STATUS"));
        assertThat(mother.status()).isEqualTo(MotherStatus.CERTIFIED);
        assertThat(mother.version()).isEqualTo(2);

        mother.become(MotherStatus.ACTIVE, LocalDate.of(2023, 6, 1));
        assertThat(mother.status()).as("the same day is allowed").isEqualTo(MotherStatus.ACTIVE);
        assertThat(mother.statusEffectiveOn()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(mother.version()).isEqualTo(3);
    }

    @Test
    void aWithdrawnMothersRecordIsNotChangedAnyMore() {
        CaringMother mother = registered(null);
        mother.become(MotherStatus.WITHDRAWN, REGISTERED.plusDays(3));

        assertThat(Refusal.of(() -> mother.revise(profile(3, null), "mother-new"))).isEqualTo(new Refusal(409, "MOTHER_WITHDRAWN"));
        assertThat(mother.profile().capacity()).isEqualTo(1);
        assertThat(mother.accountSubject()).isEqualTo("mother-old");
    }

    @Test
    void aRevisionReplacesHerProfileAndLogin() {
        CaringMother mother = registered(null);

        mother.revise(profile(3, null), "mother-new");

        assertThat(mother.profile().capacity()).isEqualTo(3);
        assertThat(mother.accountSubject()).isEqualTo("mother-new");
        assertThat(mother.version()).isEqualTo(2);
    }

    @Test
    void aSafeguardingCheckHoldsFromItsDayForTheValidMonths() {
        LocalDate checked = LocalDate.of(2024, 1, 15);
        CaringMother mother = registered(checked);

        assertThat(mother.safeguardingValidOn(checked.minusDays(1), 24)).as("not yet done").isFalse();
        assertThat(mother.safeguardingValidOn(checked, 24)).isTrue();
        assertThat(mother.safeguardingValidOn(LocalDate.of(2026, 1, 14), 24)).isTrue();
        assertThat(mother.safeguardingValidOn(LocalDate.of(2026, 1, 15), 24)).as("expired").isFalse();
        assertThat(registered(null).safeguardingValidOn(checked, 24)).as("never checked").isFalse();
    }

    private static CaringMother in(MotherStatus status) {
        return new CaringMother(UUID.randomUUID(), null, "mother-old", profile(1, null), status, REGISTERED, REGISTERED, 4);
    }

    private static CaringMother registered(LocalDate safeguardingCheckedOn) {
        return CaringMother.register(UUID.randomUUID(), null, "mother-old", profile(1, safeguardingCheckedOn), REGISTERED);
    }

    private static MotherProfile profile(int capacity, LocalDate safeguardingCheckedOn) {
        return new MotherProfile(List.of(Skill.DAILY_CARE), "GUSHAN", null, null, null, capacity, List.of(), null, null, safeguardingCheckedOn);
    }
}
