package org.jinguo.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class WaitingListTest {

    private static final UUID SESSION = UUID.randomUUID();
    private static final Instant NINE = Instant.parse("2025-03-01T01:00:00Z");
    private static final Instant PROMOTED = Instant.parse("2025-03-02T01:00:00Z");

    @Test
    void aPlaceGoesToTheNewcomerWhileOneIsFreeElseSheWaits() {
        assertThat(Enrolment.request(UUID.randomUUID(), SESSION, UUID.randomUUID(), NINE, true).status())
                .isEqualTo(EnrolmentStatus.ENROLLED);
        Enrolment waiting = Enrolment.request(UUID.randomUUID(), SESSION, UUID.randomUUID(), NINE, false);
        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(waiting.placedAt()).isNull();
    }

    @Test
    void freedPlacesGoToThoseWhoAskedFirstWhateverOrderTheyAreGivenIn() {
        Enrolment third = waiting(NINE.plusSeconds(120), "00000000-0000-7000-8000-000000000003");
        Enrolment firstBySameSecond = waiting(NINE, "00000000-0000-7000-8000-000000000001");
        Enrolment secondBySameSecond = waiting(NINE, "00000000-0000-7000-8000-000000000002");

        List<Enrolment> movedUp = WaitingList.promote(20, 18, List.of(third, secondBySameSecond, firstBySameSecond), PROMOTED);

        assertThat(movedUp).containsExactly(firstBySameSecond, secondBySameSecond);
        assertThat(firstBySameSecond.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(firstBySameSecond.placedAt()).isEqualTo(PROMOTED);
        assertThat(third.status()).isEqualTo(EnrolmentStatus.WAITING);
    }

    @Test
    void noPlaceFreeMeansNobodyMovesUp() {
        Enrolment waiting = waiting(NINE, "00000000-0000-7000-8000-000000000001");

        assertThat(WaitingList.promote(20, 20, List.of(waiting), PROMOTED)).isEmpty();
        assertThat(WaitingList.promote(20, 25, List.of(waiting), PROMOTED)).as("after a capacity cut").isEmpty();
        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITING);
    }

    @Test
    void cancellingSaysWhetherAPlaceWasFreedAndCheckingInTwiceChangesNothing() {
        Enrolment placed = Enrolment.request(UUID.randomUUID(), SESSION, UUID.randomUUID(), NINE, true);
        Enrolment waiting = waiting(NINE, "00000000-0000-7000-8000-000000000001");

        assertThat(placed.checkIn(NINE.plusSeconds(60))).isTrue();
        assertThat(placed.checkIn(NINE.plusSeconds(600))).isFalse();
        assertThat(placed.checkedInAt()).isEqualTo(NINE.plusSeconds(60));
        assertThat(placed.version()).isEqualTo(2);
        assertThatThrownBy(() -> waiting.checkIn(NINE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("NOT_HOLDING_A_PLACE"));
        assertThat(waiting.cancel(NINE)).isFalse();
        assertThat(Enrolment.request(UUID.randomUUID(), SESSION, UUID.randomUUID(), NINE, true).cancel(NINE)).isTrue();
        assertThatThrownBy(() -> waiting.cancel(NINE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("ENROLMENT_CANCELLED"));
    }

    private static Enrolment waiting(Instant requestedAt, String id) {
        return Enrolment.request(UUID.fromString(id), SESSION, UUID.randomUUID(), requestedAt, false);
    }
}
