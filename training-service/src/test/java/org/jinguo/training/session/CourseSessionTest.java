package org.jinguo.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class CourseSessionTest {

    private static final Instant STARTS = Instant.parse("2023-05-10T01:00:00Z");
    private static final SessionPlan ONLINE = new SessionPlan(STARTS, STARTS.plusSeconds(7200), true, null, 500, "胡老师");
    private static final SessionPlan IN_A_HALL = new SessionPlan(STARTS, STARTS.plusSeconds(7200), false, "古山镇文化礼堂", 40, null);

    @Test
    void aPastOnlineSessionIsRecordedAsHeldWithItsViewers() {
        CourseSession session = CourseSession.plan(UUID.randomUUID(), UUID.randomUUID(), ONLINE);

        session.open();
        session.hold(320, STARTS.plusSeconds(60));

        assertThat(session.status()).isEqualTo(SessionStatus.HELD);
        assertThat(session.viewerCount()).isEqualTo(320);
        assertThat(session.version()).isEqualTo(3);
    }

    @Test
    void aSessionCannotHaveBeenHeldBeforeItStarts() {
        CourseSession session = CourseSession.plan(UUID.randomUUID(), UUID.randomUUID(), ONLINE);

        assertThatThrownBy(() -> session.hold(10, STARTS.minusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("SESSION_NOT_STARTED"));
    }

    @Test
    void onlyOnlineSessionsCountViewersAndAHeldOrCancelledSessionNoLongerChanges() {
        CourseSession hall = CourseSession.plan(UUID.randomUUID(), UUID.randomUUID(), IN_A_HALL);
        assertThatThrownBy(() -> hall.hold(10, STARTS)).isInstanceOf(RuleViolation.class);
        hall.hold(null, STARTS);
        assertThatThrownBy(hall::cancel).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("SESSION_STATUS"));

        CourseSession cancelled = CourseSession.plan(UUID.randomUUID(), UUID.randomUUID(), IN_A_HALL);
        cancelled.cancel();
        assertThatThrownBy(cancelled::open).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> cancelled.replan(IN_A_HALL)).isInstanceOf(RuleViolation.class);
    }
}
