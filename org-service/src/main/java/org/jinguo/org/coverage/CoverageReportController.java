package org.jinguo.org.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.org.coverage.CoverageViews.CoverageReportLine;
import org.jinguo.org.coverage.CoverageViews.CoverageSummary;
import org.jinguo.org.coverage.CoverageViews.CoveredUnitLine;
import org.jinguo.org.organization.Industry;
import org.jinguo.org.unit.UnitDomain;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.time.BusinessDates;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/coverage")
@Tag(name = "Coverage report", description = "Covered units and coverage rate on a date, by domain, mode, industry and town")
@Validated
@RequiredArgsConstructor
class CoverageReportController {

    private final CoverageReportService report;

    @GetMapping("/summary")
    @Operation(operationId = "getCoverageSummary",
            summary = "Units registered and covered on a date, the coverage rate, and the industry federations active",
            description = "asOf defaults to today. Without townCode: the city, industry federations of no town included.")
    CoverageSummary summary(@RequestParam(required = false) LocalDate asOf,
                            @RequestParam(required = false) @TownCode String townCode) {
        return report.summary(asOfOrToday(asOf), townCode);
    }

    @GetMapping("/report")
    @Operation(operationId = "listCoverageReportLines", summary = "The coverage report: one line per domain, mode, industry or town",
            description = "Answers text/csv too. A unit counts as covered when a coverage is active on asOf (default today). "
                    + "By mode, each line's coverage rate is the share of all registered units covered in that mode.")
    Page<CoverageReportLine> lines(@Parameter(description = "What each line counts by") @RequestParam CoverageGrouping by,
                                   @RequestParam(required = false) LocalDate asOf,
                                   @RequestParam(required = false) @TownCode String townCode) {
        List<CoverageReportLine> lines = report.lines(by, asOfOrToday(asOf), townCode);
        return new Page<>(lines, 0, Math.max(lines.size(), 1), lines.size());
    }

    @GetMapping("/units")
    @Operation(operationId = "listCoveredUnits",
            summary = "The units behind a figure of the report", description = "Filter as the report line you want "
            + "to open (e.g. domain and covered=true); answers text/csv too.")
    Page<CoveredUnitLine> units(@RequestParam(required = false) LocalDate asOf,
                                @RequestParam(required = false) @TownCode String townCode,
                                @RequestParam(required = false) UnitDomain domain,
                                @RequestParam(required = false) Industry industry,
                                @RequestParam(required = false) EstablishmentMode mode,
                                @RequestParam(required = false) Boolean covered,
                                @RequestParam(required = false) UUID organizationId,
                                PageQuery page) {
        return report.units(new CoveredUnitFilter(asOfOrToday(asOf), townCode, domain, industry, mode, covered, organizationId), page);
    }

    private static LocalDate asOfOrToday(LocalDate asOf) {
        return asOf == null ? BusinessDates.today() : asOf;
    }
}
