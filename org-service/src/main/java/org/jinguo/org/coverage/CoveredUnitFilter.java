package org.jinguo.org.coverage;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.org.organization.Industry;
import org.jinguo.org.unit.UnitDomain;

/** Which units behind the report to list: registered by {@code asOf}; every other filter may be null. */
record CoveredUnitFilter(LocalDate asOf, String townCode, UnitDomain domain, Industry industry, EstablishmentMode mode,
                         Boolean covered, UUID organizationId) {
}
