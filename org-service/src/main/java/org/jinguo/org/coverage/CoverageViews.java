package org.jinguo.org.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.org.organization.Industry;
import org.jinguo.org.unit.UnitDomain;
import org.jspecify.annotations.Nullable;

/** What the coverage API returns. */
final class CoverageViews {

    private CoverageViews() {
    }

    /** @param endedOn the last day covered; null while it lasts */
    record CoverageView(UUID id, UUID unitId, UUID organizationId, EstablishmentMode mode, LocalDate startedOn, @Nullable LocalDate endedOn) {

        static CoverageView of(Coverage coverage) {
            return new CoverageView(coverage.id(), coverage.unitId(), coverage.organizationId(), coverage.mode(),
                    coverage.startedOn(), coverage.endedOn());
        }
    }

    /**
     * One line of the coverage report: the units registered and covered in one group.
     *
     * @param group        the domain, mode, industry or town code the line counts
     * @param coverageRate covered / registered, four decimals; null when none is registered
     */
    record CoverageReportLine(String group, long registeredUnits, long coveredUnits, BigDecimal coverageRate) {
    }

    /** A unit behind a figure of the report, with the coverage it has on the report's date (if any). */
    record CoveredUnitLine(UUID unitId, String nameZh, String creditCode, UnitDomain domain, Industry industry, String townCode,
                           int headcount, int womenHeadcount, boolean covered, @Nullable UUID organizationId,
                           @Nullable String organizationNameZh, @Nullable EstablishmentMode mode, @Nullable LocalDate coveredSince) {
    }

    /** The city's or a town's coverage on a date, and the industry federations active that day. */
    record CoverageSummary(LocalDate asOf, @Nullable String townCode, long registeredUnits, long coveredUnits,
                           @Nullable BigDecimal coverageRate, long industryFederations) {
    }
}
