package org.jinguo.org.unit;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.org.organization.Industry;
import org.jspecify.annotations.Nullable;

/** What the units API returns. */
final class UnitViews {

    private UnitViews() {
    }

    record UnitView(UUID id, String nameZh, String creditCode, UnitDomain domain, Industry industry, String townCode,
                    @Nullable UUID villageId, int headcount, int womenHeadcount, LocalDate registeredOn, long version) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.id(), unit.nameZh(), unit.creditCode(), unit.domain(), unit.industry(), unit.townCode(),
                    unit.villageId(), unit.headcount().total(), unit.headcount().women(), unit.registeredOn(), unit.version());
        }
    }
}
