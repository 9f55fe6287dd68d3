package org.jinguo.dataset;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants of the set's days, in Asia/Shanghai (no daylight saving: always +08:00). */
final class ShanghaiTime {

    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    private ShanghaiTime() {
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return OffsetDateTime.of(day, LocalTime.of(hour, minute), OFFSET);
    }
}
