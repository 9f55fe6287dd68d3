package org.jinguo.org.cadre;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.cadre.CadreRepository.CadreInTown;
import org.jinguo.org.cadre.CadreViews.CadreView;
import org.jinguo.org.organization.Organization;
import org.jinguo.org.organization.OrganizationDissolved;
import org.jinguo.org.organization.OrganizationService;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.SortableFields;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.problem.RuleViolation;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appoints cadres to posts, changes their details and ends their terms, within the caller's town for town staff. */
@Service
@Transactional
@RequiredArgsConstructor
class CadreService {

    private static final SortableFields SORT = SortableFields.of(Map.of("nameZh", "c.name_zh", "post", "c.post",
            "termStartedOn", "c.term_started_on"), "c.term_started_on desc", "c.id");

    private final CadreRepository cadres;
    private final OrganizationService organizations;
    private final AuditTrail audit;

    CadreInTown appoint(UUID organizationId, UUID id, String nameZh, CadrePost post, String phone, LocalDate termStartedOn) {
        Organization organization = organizations.organization(organizationId);
        TownScope.requireActsIn(organization.townCode());
        if (organization.dissolvedOn() != null && !termStartedOn.isBefore(organization.dissolvedOn())) {
            throw new RuleViolation("ORGANIZATION_DISSOLVED", organizationId, organization.dissolvedOn());
        }
        UUID cadreId = id == null ? UuidV7.next() : id;
        if (cadres.exists(cadreId)) {
            throw ApiException.conflict("CADRE_ID_TAKEN", cadreId);
        }
        Cadre cadre = Cadre.appoint(cadreId, organizationId, nameZh, post, phone, termStartedOn);
        cadres.insert(cadre);
        CadreInTown appointed = new CadreInTown(cadre, organization.townCode());
        audit.record("cadre.appointed", "cadre", cadreId, null, CadreView.of(appointed, false));
        return appointed;
    }

    @Transactional(readOnly = true)
    CadreInTown cadre(UUID id) {
        return TownScope.requireVisible(cadres.find(id), CadreInTown::townCode, () -> notFound(id));
    }

    @Transactional(readOnly = true)
    Page<CadreInTown> cadres(CadreFilter filter, PageQuery query) {
        CadreFilter scoped = new CadreFilter(filter.organizationId(), TownScope.listFilter(filter.townCode()), filter.post(),
                filter.name(), filter.current(), BusinessDates.today());
        String orderBy = SORT.orderBy(query);
        return cadres.search(scoped, orderBy, query);
    }

    CadreInTown revise(UUID id, long expectedVersion, String nameZh, CadrePost post, String phone) {
        CadreInTown found = lockedForChange(id, expectedVersion);
        CadreView before = CadreView.of(found, false);
        found.cadre().revise(nameZh, post, phone);
        save(found, expectedVersion, "cadre.revised", before);
        return found;
    }

    CadreInTown endTerm(UUID id, long expectedVersion, LocalDate lastDay) {
        CadreInTown found = lockedForChange(id, expectedVersion);
        CadreView before = CadreView.of(found, false);
        found.cadre().endTerm(lastDay);
        save(found, expectedVersion, "cadre.term-ended", before);
        return found;
    }

    /** The terms in a dissolved organisation end the day before the dissolution. */
    @EventListener
    void endTermsOf(OrganizationDissolved dissolved) {
        LocalDate lastDay = dissolved.effectiveOn().minusDays(1);
        for (CadreInTown found : cadres.openBefore(dissolved.organizationId(), dissolved.effectiveOn())) {
            CadreView before = CadreView.of(found, false);
            long version = found.cadre().version();
            found.cadre().endTerm(lastDay);
            save(found, version, "cadre.term-ended", before);
        }
    }

    private CadreInTown lockedForChange(UUID id, long expectedVersion) {
        CadreInTown found = cadre(id);
        TownScope.requireActsIn(found.townCode());
        Versions.requireUnchanged(found.cadre().version(), expectedVersion);
        return found;
    }

    private void save(CadreInTown found, long expectedVersion, String action, CadreView before) {
        Versions.requireWritten(cadres.update(found.cadre(), expectedVersion));
        audit.record(action, "cadre", found.cadre().id(), before, CadreView.of(found, false));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("CADRE_NOT_FOUND", id);
    }
}
