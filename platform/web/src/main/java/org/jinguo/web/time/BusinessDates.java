package org.jinguo.web.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are local dates in Asia/Shanghai (docs/architecture.md §2), wherever a service runs. */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
