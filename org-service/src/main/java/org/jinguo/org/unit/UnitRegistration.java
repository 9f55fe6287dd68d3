package org.jinguo.org.unit;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.org.organization.Industry;

/** What a unit is registered with; {@code id} and {@code villageId} may be null. */
record UnitRegistration(UUID id, String nameZh, String creditCode, UnitDomain domain, Industry industry, String townCode,
                        UUID villageId, Headcount headcount, LocalDate registeredOn) {
}
