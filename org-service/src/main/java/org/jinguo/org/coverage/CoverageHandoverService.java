package org.jinguo.org.coverage;

import java.time.LocalDate;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.coverage.CoverageViews.CoverageView;
import org.jinguo.org.organization.CoveredUnits;
import org.jinguo.org.organization.Organization;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.problem.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts and hands over the units an organisation covers, for its dissolution. */
@Service
@Transactional
@RequiredArgsConstructor
class CoverageHandoverService implements CoveredUnits {

    private final CoverageRepository coverages;
    private final CoverageChangeEvents events;
    private final AuditTrail audit;

    @Override
    public long coveredOnOrAfter(UUID organizationId, LocalDate day) {
        return coverages.countOfOrganizationOnOrAfter(organizationId, day);
    }

    @Override
    public int handOver(Organization from, Organization successor, LocalDate day) {
        if (successor.dissolvedOn() != null) {
            throw new RuleViolation("ORGANIZATION_DISSOLVED", successor.id(), successor.dissolvedOn());
        }
        if (!successor.isActiveOn(day)) {
            throw new RuleViolation("ORGANIZATION_NOT_ACTIVE", successor.id(), day);
        }
        int handedOver = 0;
        for (Coverage coverage : coverages.ofOrganizationOnOrAfter(from.id(), day)) {
            String unitTown = coverages.townOfUnit(coverage.unitId());
            if (successor.townCode() != null && !successor.townCode().equals(unitTown)) {
                throw new RuleViolation("ORGANIZATION_IN_OTHER_TOWN", successor.townCode(), unitTown);
            }
            CoverageView before = CoverageView.of(coverage);
            Coverage taken = coverage.handOver(UuidV7.next(), successor.id(), day);
            if (coverage.isEmpty()) {
                // It had not begun: the successor's replaces it; the event's end before its start withdraws it.
                coverages.delete(coverage.id());
            } else {
                coverages.updateEnd(coverage);
            }
            events.changed(coverage);
            audit.record("coverage.handed-over", "coverage", coverage.id(), before, CoverageView.of(coverage));
            coverages.insert(taken);
            events.changed(taken);
            audit.record("coverage.started", "coverage", taken.id(), null, CoverageView.of(taken));
            handedOver++;
        }
        return handedOver;
    }
}
