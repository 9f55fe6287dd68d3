package org.jinguo.org.coverage;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.coverage.CoverageViews.CoverageReportLine;
import org.jinguo.org.coverage.CoverageViews.CoverageSummary;
import org.jinguo.org.coverage.CoverageViews.CoveredUnitLine;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coverage report on a date, for the city or a town (town staff: their own). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CoverageReportService {

    private final CoverageReportRepository report;

    List<CoverageReportLine> lines(CoverageGrouping grouping, LocalDate asOf, String townCode) {
        return report.lines(grouping, asOf, TownScope.listFilter(townCode));
    }

    CoverageSummary summary(LocalDate asOf, String townCode) {
        String town = TownScope.listFilter(townCode);
        CoverageReportLine total = report.total(asOf, town);
        return new CoverageSummary(asOf, town, total.registeredUnits(), total.coveredUnits(), total.coverageRate(),
                report.industryFederationsActive(asOf, town));
    }

    Page<CoveredUnitLine> units(CoveredUnitFilter filter, PageQuery query) {
        CoveredUnitFilter scoped = new CoveredUnitFilter(filter.asOf(), TownScope.listFilter(filter.townCode()), filter.domain(),
                filter.industry(), filter.mode(), filter.covered(), filter.organizationId());
        return Page.of(report.units(scoped, query.offset(), query.size()), query, report.countUnits(scoped));
    }
}
