package org.jinguo.web.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void carriesVersionSevenTheRfcVariantAndTheTimestamp() {
        Instant now = Instant.parse("2025-03-05T02:00:00Z");
        UUID id = UuidV7.next(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        UUID earlier = UuidV7.next(Clock.fixed(Instant.parse("2025-03-05T02:00:00Z"), ZoneOffset.UTC));
        UUID later = UuidV7.next(Clock.fixed(Instant.parse("2025-03-05T02:00:00.001Z"), ZoneOffset.UTC));

        assertThat(earlier.toString()).isLessThan(later.toString());
    }
}
