package org.jinguo.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InMemoryRequestQuotaTest {

    private final AtomicLong now = new AtomicLong();
    private final InMemoryRequestQuota quota = new InMemoryRequestQuota(now::get);

    @Test
    void aBucketGivesItsBurstThenRefillsAtItsRateAndNeverAboveItsBurst() {
        Limit limit = new Limit(2, 3);

        assertThat(take(limit, 4)).containsExactly(true, true, true, false);
        now.addAndGet(500_000_000L);
        assertThat(take(limit, 2)).as("half a second at 2 a second: one token").containsExactly(true, false);
        now.addAndGet(60_000_000_000L);
        assertThat(take(limit, 4)).as("a long pause fills it to its burst only").containsExactly(true, true, true, false);
    }

    @Test
    void bucketsAreSeparateAndALimitMustMakeSense() {
        Limit limit = new Limit(1, 1);

        assertThat(quota.take("route|a", limit).block()).isTrue();
        assertThat(quota.take("route|a", limit).block()).isFalse();
        assertThat(quota.take("route|b", limit).block()).isTrue();
        assertThat(quota.size()).isEqualTo(2);
        assertThatThrownBy(() -> new Limit(5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Limit(1, 1).retryAfterSeconds()).isEqualTo(1);
    }

    private Boolean[] take(Limit limit, int times) {
        Boolean[] answers = new Boolean[times];
        for (int i = 0; i < times; i++) {
            answers[i] = quota.take("route|caller", limit).block();
        }
        return answers;
    }
}
