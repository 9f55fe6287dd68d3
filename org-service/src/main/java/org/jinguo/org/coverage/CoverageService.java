package org.jinguo.org.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.coverage.CoverageViews.CoverageView;
import org.jinguo.org.organization.Organization;
import org.jinguo.org.organization.OrganizationService;
import org.jinguo.org.unit.Unit;
import org.jinguo.org.unit.UnitService;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.problem.RuleViolation;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts and ends the coverage of units by organisations, keeping every past coverage. */
@Service
@Transactional
@RequiredArgsConstructor
class CoverageService {

    private final CoverageRepository coverages;
    private final UnitService units;
    private final OrganizationService organizations;
    private final CoverageChangeEvents events;
    private final AuditTrail audit;

    /**
     * Covers a unit by an organisation from a day on. The organisation must be active that day
     * and, if it belongs to a town, to the unit's; the unit must be registered by then and not
     * covered by anyone from that day on.
     */
    Coverage start(UUID unitId, UUID organizationId, EstablishmentMode mode, LocalDate startedOn) {
        Unit unit = units.unit(unitId);
        TownScope.requireActsIn(unit.townCode());
        Organization organization = organizations.referenced("organizationId", organizationId);
        if (organization.dissolvedOn() != null) {
            throw new RuleViolation("ORGANIZATION_DISSOLVED", organizationId, organization.dissolvedOn());
        }
        if (!organization.isActiveOn(startedOn)) {
            throw new RuleViolation("ORGANIZATION_NOT_ACTIVE", organizationId, startedOn);
        }
        if (organization.townCode() != null && !organization.townCode().equals(unit.townCode())) {
            throw new RuleViolation("ORGANIZATION_IN_OTHER_TOWN", organization.townCode(), unit.townCode());
        }
        if (startedOn.isBefore(unit.registeredOn())) {
            throw new RuleViolation("COVERAGE_BEFORE_REGISTRATION", startedOn, unit.registeredOn());
        }
        coverages.lockUnit(unitId);
        if (coverages.overlaps(unitId, startedOn, null)) {
            throw new RuleViolation("UNIT_ALREADY_COVERED", unitId, startedOn);
        }
        Coverage coverage = Coverage.start(UuidV7.next(), unitId, organizationId, mode, startedOn);
        coverages.insert(coverage);
        events.changed(coverage);
        audit.record("coverage.started", "coverage", coverage.id(), null, CoverageView.of(coverage));
        return coverage;
    }

    /** @param lastDay the last day the unit is covered */
    Coverage end(UUID id, LocalDate lastDay) {
        Coverage coverage = coverages.findForUpdate(id).orElseThrow(() -> notFound(id));
        requireVisible(coverage);
        TownScope.requireActsIn(units.unit(coverage.unitId()).townCode());
        CoverageView before = CoverageView.of(coverage);
        coverage.end(lastDay);
        coverages.updateEnd(coverage);
        events.changed(coverage);
        audit.record("coverage.ended", "coverage", coverage.id(), before, CoverageView.of(coverage));
        return coverage;
    }

    @Transactional(readOnly = true)
    Coverage coverage(UUID id) {
        Coverage coverage = coverages.find(id).orElseThrow(() -> notFound(id));
        requireVisible(coverage);
        return coverage;
    }

    /** A coverage is seen by whoever may see its unit. */
    private void requireVisible(Coverage coverage) {
        try {
            units.unit(coverage.unitId());
        } catch (ApiException hidden) {
            throw notFound(coverage.id());
        }
    }

    /** The unit's coverages, latest first. */
    @Transactional(readOnly = true)
    List<Coverage> ofUnit(UUID unitId) {
        units.unit(unitId);
        return coverages.ofUnit(unitId);
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("COVERAGE_NOT_FOUND", id);
    }
}
