package org.jinguo.care.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.care.Refusal;
import org.junit.jupiter.api.Test;

class ChildTest {

    private static final LocalDate REGISTERED = LocalDate.of(2024, 3, 1);
    private static final Needs SOME_NEEDS = new Needs(NeedLevel.HIGH, NeedLevel.LOW, NeedLevel.NONE);

    @Test
    void aNewCaseIsRegisteredWithoutNeedsOrConsents() {
        Child child = registered();

        assertThat(child.status()).isEqualTo(ChildStatus.REGISTERED);
        assertThat(child.version()).isEqualTo(1);
        assertThat(child.consent(ConsentKind.SERVICE).holdsOn(REGISTERED)).isFalse();
        assertThat(child.awaitsMatchOn(REGISTERED)).isFalse();
    }

    @Test
    void anAssessmentMakesARegisteredCaseReadyAndALaterOneOnlyUpdatesTheNeeds() {
        Child child = registered();

        child.assess(SOME_NEEDS, REGISTERED.plusDays(3));
        assertThat(child.status()).isEqualTo(ChildStatus.ASSESSED);
        assertThat(child.assessedOn()).isEqualTo(REGISTERED.plusDays(3));

        child.matched();
        Needs fewer = new Needs(NeedLevel.LOW, NeedLevel.NONE, NeedLevel.NONE);
        child.assess(fewer, REGISTERED.plusMonths(6));
        assertThat(child.status()).as("a reassessment keeps the match").isEqualTo(ChildStatus.MATCHED);
        assertThat(child.needs()).isEqualTo(fewer);
    }

    @Test
    void needsCannotBeAssessedBeforeTheCaseWasRegistered() {
        Child child = registered();

        assertThat(Refusal.of(() -> child.assess(SOME_NEEDS, REGISTERED.minusDays(1))))
                .isEqualTo(new Refusal(400, "assessedOn BEFORE_REGISTRATION"));
        assertThat(child.status()).isEqualTo(ChildStatus.REGISTERED);
        assertThat(child.version()).isEqualTo(1);
    }

    @Test
    void aCaseAwaitsAMatchOnlyWhenAssessedAndWhileTheConsentToServicesHolds() {
        Child child = registered();
        child.assess(SOME_NEEDS, REGISTERED);
        assertThat(child.awaitsMatchOn(REGISTERED.plusDays(5))).as("no consent yet").isFalse();

        child.giveConsent(ConsentKind.SERVICE, REGISTERED.plusDays(2));

        assertThat(child.awaitsMatchOn(REGISTERED.plusDays(1))).as("before the consent was given").isFalse();
        assertThat(child.awaitsMatchOn(REGISTERED.plusDays(2))).isTrue();
        child.withdrawConsent(ConsentKind.SERVICE, REGISTERED.plusDays(9));
        assertThat(child.awaitsMatchOn(REGISTERED.plusDays(8))).isTrue();
        assertThat(child.awaitsMatchOn(REGISTERED.plusDays(9))).as("withdrawn that day").isFalse();
    }

    @Test
    void aConsentMayPrecedeTheRegistrationByAYearAtMost() {
        Child child = registered();

        child.giveConsent(ConsentKind.SHARING, REGISTERED.minusYears(1));
        assertThat(child.consent(ConsentKind.SHARING).givenOn()).isEqualTo(REGISTERED.minusYears(1));
        assertThat(Refusal.of(() -> child.giveConsent(ConsentKind.SERVICE, REGISTERED.minusYears(1).minusDays(1))))
                .isEqualTo(new Refusal(400, "givenOn CONSENT_LONG_BEFORE_REGISTRATION"));
        assertThat(child.consent(ConsentKind.SERVICE).givenOn()).isNull();
    }

    @Test
    void withdrawingTheConsentToServicesTakesAMatchedCaseBackToWaiting() {
        Child child = matched();
        child.visited();

        assertThat(child.withdrawConsent(ConsentKind.SERVICE, REGISTERED.plusMonths(2))).isTrue();

        assertThat(child.status()).isEqualTo(ChildStatus.ASSESSED);
        assertThat(child.consent(ConsentKind.SERVICE).withdrawnOn()).isEqualTo(REGISTERED.plusMonths(2));
    }

    @Test
    void withdrawingTheConsentToShareKeepsTheMatch() {
        Child child = matched();
        child.giveConsent(ConsentKind.SHARING, REGISTERED);

        child.withdrawConsent(ConsentKind.SHARING, REGISTERED.plusDays(1));

        assertThat(child.status()).isEqualTo(ChildStatus.MATCHED);
    }

    @Test
    void aConsentNotInForceIsNotWithdrawnAgainAndNeverBeforeItWasGiven() {
        Child child = registered();
        assertThat(child.withdrawConsent(ConsentKind.SHARING, REGISTERED)).isFalse();
        assertThat(child.version()).as("nothing changed").isEqualTo(1);

        child.giveConsent(ConsentKind.SHARING, REGISTERED.plusDays(10));
        assertThat(Refusal.of(() -> child.withdrawConsent(ConsentKind.SHARING, REGISTERED.plusDays(9))))
                .isEqualTo(new Refusal(400, "withdrawnOn WITHDRAWN_BEFORE_GIVEN"));
        assertThat(child.withdrawConsent(ConsentKind.SHARING, REGISTERED.plusDays(10))).isTrue();
        assertThat(child.withdrawConsent(ConsentKind.SHARING, REGISTERED.plusDays(11))).as("withdrawn already").isFalse();
    }

    @Test
    void aMatchedCaseMovesToAnotherTownOnlyAfterItsMatchEnds() {
        Child child = matched();
        ChildProfile elsewhere = profile("SANMEN");

        assertThat(Refusal.of(() -> child.revise(elsewhere))).isEqualTo(new Refusal(409, "END_MATCH_FIRST"));
        assertThat(child.profile().townCode()).isEqualTo("GUSHAN");

        child.matchEnded();
        child.revise(elsewhere);
        assertThat(child.profile().townCode()).isEqualTo("SANMEN");
    }

    @Test
    void onlyAnAssessedCaseIsMatchedAndItsFirstVisitMakesItActive() {
        Child child = registered();
        assertThat(Refusal.of(child::matched)).isEqualTo(new Refusal(409, "CHILD_STATUS"));

        child.assess(SOME_NEEDS, REGISTERED);
        child.matched();
        assertThat(Refusal.of(child::matched)).as("matched once").isEqualTo(new Refusal(409, "CHILD_STATUS"));
        long before = child.version();
        child.visited();
        child.visited();

        assertThat(child.status()).isEqualTo(ChildStatus.ACTIVE);
        assertThat(child.version()).as("only the first visit changes the case").isEqualTo(before + 1);
        child.matchEnded();
        assertThat(child.status()).isEqualTo(ChildStatus.ASSESSED);
    }

    @Test
    void closingRecordsTheReasonAndDayAndAClosedCaseChangesNoMore() {
        Child child = matched();

        child.close(CloseReason.FAMILY_REUNITED, REGISTERED.plusYears(1));

        assertThat(child.status()).isEqualTo(ChildStatus.CLOSED);
        assertThat(child.closedOn()).isEqualTo(REGISTERED.plusYears(1));
        assertThat(child.closeReason()).isEqualTo(CloseReason.FAMILY_REUNITED);
        Refusal closed = new Refusal(409, "CHILD_STATUS");
        assertThat(Refusal.of(() -> child.assess(SOME_NEEDS, REGISTERED.plusYears(2)))).isEqualTo(closed);
        assertThat(Refusal.of(() -> child.revise(profile("GUSHAN")))).isEqualTo(closed);
        assertThat(Refusal.of(() -> child.giveConsent(ConsentKind.SHARING, REGISTERED.plusYears(2)))).isEqualTo(closed);
        assertThat(Refusal.of(() -> child.close(CloseReason.OTHER, REGISTERED.plusYears(2)))).isEqualTo(closed);
        child.matchEnded();
        assertThat(child.status()).as("an ended match does not reopen a closed case").isEqualTo(ChildStatus.CLOSED);
    }

    @Test
    void aCaseIsNotClosedBeforeItWasRegistered() {
        Child child = registered();

        assertThat(Refusal.of(() -> child.close(CloseReason.OTHER, REGISTERED.minusDays(1))))
                .isEqualTo(new Refusal(400, "closedOn BEFORE_REGISTRATION"));
        assertThat(child.status()).isEqualTo(ChildStatus.REGISTERED);
    }

    @Test
    void theRetentionPeriodEndsOnTheAnniversaryOfTheClosure() {
        Child child = registered();
        assertThat(child.retentionOverOn(REGISTERED.plusYears(10), 3)).as("an open case is kept").isFalse();

        child.close(CloseReason.AGED_OUT, LocalDate.of(2024, 6, 30));

        assertThat(child.retentionOverOn(LocalDate.of(2027, 6, 29), 3)).isFalse();
        assertThat(child.retentionOverOn(LocalDate.of(2027, 6, 30), 3)).isTrue();
    }

    private static Child registered() {
        return Child.register(UUID.randomUUID(), "CC-2024-000001", profile("GUSHAN"), REGISTERED);
    }

    private static Child matched() {
        Child child = registered();
        child.assess(SOME_NEEDS, REGISTERED);
        child.giveConsent(ConsentKind.SERVICE, REGISTERED);
        child.matched();
        return child;
    }

    private static ChildProfile profile(String town) {
        return new ChildProfile(ChildCategory.LEFT_BEHIND, 2015, GuardianRelation.GRANDPARENT, "古山镇中心小学", town, null);
    }
}
