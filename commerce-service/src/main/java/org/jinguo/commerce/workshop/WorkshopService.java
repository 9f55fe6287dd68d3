package org.jinguo.commerce.workshop;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.reference.KnownOrganizations;
import org.jinguo.reference.KnownOrganizations.LiveOrganization;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, revises and closes workshops: commerce staff and CITY_ADMIN anywhere, town staff in their town. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final KnownRegions regions;
    private final KnownOrganizations organizations;
    private final WorkshopEvents events;
    private final AuditTrail audit;

    Workshop open(UUID id, WorkshopProfile profile, LocalDate openedOn) {
        requireValid(profile);
        if (workshops.exists(id)) {
            throw ApiException.conflict("WORKSHOP_ID_TAKEN", id);
        }
        Workshop workshop = new Workshop(id, profile, openedOn, null, 1);
        workshops.insert(workshop);
        audit.record("workshop.opened", "workshop", id, null, WorkshopView.of(workshop));
        events.changed(workshop);
        return workshop;
    }

    Workshop revise(UUID id, long expectedVersion, WorkshopProfile profile) {
        return change(id, expectedVersion, "workshop.revised", workshop -> {
            requireValid(profile);
            workshop.revise(profile);
        });
    }

    Workshop close(UUID id, long expectedVersion, LocalDate closedOn) {
        return change(id, expectedVersion, "workshop.closed", workshop -> workshop.close(closedOn));
    }

    /** A workshop the caller may see: other towns' answer 404 to town staff. */
    @Transactional(readOnly = true)
    public Workshop workshop(UUID id) {
        return TownScope.requireVisible(workshops.find(id), workshop -> workshop.profile().townCode(), () -> notFound(id));
    }

    /** A workshop by id, for what events bring about (no caller to check). */
    @Transactional(readOnly = true)
    public Optional<Workshop> known(UUID id) {
        return workshops.find(id);
    }

    @Transactional(readOnly = true)
    Page<Workshop> workshops(WorkshopFilter filter, PageQuery query) {
        WorkshopFilter scoped = new WorkshopFilter(TownScope.listFilter(filter.townCode()), filter.kind(), filter.activeOn(), filter.name());
        return workshops.search(scoped, query);
    }

    private Workshop change(UUID id, long expectedVersion, String action, Consumer<Workshop> change) {
        Workshop workshop = workshop(id);
        TownScope.requireActsIn(workshop.profile().townCode());
        Versions.requireUnchanged(workshop.version(), expectedVersion);
        WorkshopView before = WorkshopView.of(workshop);
        change.accept(workshop);
        Versions.requireWritten(workshops.update(workshop, expectedVersion));
        audit.record(action, "workshop", id, before, WorkshopView.of(workshop));
        events.changed(workshop);
        return workshop;
    }

    /** In a town commerce knows, a village of that town, hosted by a live organisation of that town (or a city-wide one). */
    private void requireValid(WorkshopProfile profile) {
        TownScope.requireActsIn(profile.townCode());
        if (!regions.townExists(profile.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", profile.townCode());
        }
        if (profile.villageId() != null
                && !regions.townOfActiveVillage(profile.villageId()).filter(profile.townCode()::equals).isPresent()) {
            throw ApiException.invalid("villageId", "UNKNOWN_VILLAGE_IN_TOWN", profile.townCode());
        }
        if (profile.hostOrganizationId() != null) {
            LiveOrganization host = organizations.liveOrganization(profile.hostOrganizationId())
                    .orElseThrow(() -> ApiException.invalid("hostOrganizationId", "UNKNOWN_ORGANIZATION", profile.hostOrganizationId()));
            if (host.townCode() != null && !host.townCode().equals(profile.townCode())) {
                throw ApiException.invalid("hostOrganizationId", "HOST_IN_OTHER_TOWN", host.townCode());
            }
        }
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("WORKSHOP_NOT_FOUND", id);
    }
}
