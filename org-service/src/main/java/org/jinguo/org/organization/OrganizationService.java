package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.org.organization.OrganizationViews.OrganizationView;
import org.jinguo.org.region.RegionReferenceService;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Founds, revises, moves, activates and dissolves federation organisations, within the caller's
 * town for town staff; publishes and audits every change.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganizationService {

    private static final SortableFields SORT = SortableFields.of(Map.of("nameZh", "name_zh", "nameEn", "name_en",
            "type", "type", "townCode", "town_code", "foundedOn", "founded_on"), "name_zh", "id");

    private final OrganizationRepository organizations;
    private final RegionReferenceService regions;
    private final CoveredUnits coveredUnits;
    private final OrganizationChangeEvents events;
    private final AuditTrail audit;
    private final ApplicationEventPublisher applicationEvents;

    Organization found(OrganizationFounding founding) {
        Organization parent = founding.parentId() == null ? null : referenced("parentId", founding.parentId());
        String townCode = founding.townCode() != null || parent == null ? founding.townCode() : parent.townCode();
        requireValidFields(founding, townCode);
        if (founding.type() == OrganizationType.INDUSTRY && parent != null && parent.townCode() == null && townCode != null) {
            throw ApiException.invalid("townCode", "TOWN_FROM_PARENT");
        }
        TownScope.requireActsIn(townCode);
        UUID id = founding.id() == null ? UuidV7.next() : founding.id();
        if (organizations.exists(id)) {
            throw ApiException.conflict("ORGANIZATION_ID_TAKEN", id);
        }
        if (founding.type() == OrganizationType.CITY && organizations.cityExists()) {
            throw ApiException.conflict("CITY_FEDERATION_EXISTS");
        }
        Organization organization = Organization.found(id, founding.type(), founding.nameZh(), founding.nameEn(),
                founding.industry(), townCode, founding.villageId(), founding.address(), parent, founding.status(),
                founding.effectiveOn());
        organizations.insert(organization);
        published("organization.founded", null, organization);
        return organization;
    }

    /** An organisation the caller may see: another town's answers as if it did not exist. */
    @Transactional(readOnly = true)
    public Organization organization(UUID id) {
        return TownScope.requireVisible(organizations.find(id), Organization::townCode, () -> notFound(id));
    }

    /**
     * An organisation a request body names, to write something that depends on it: unknown or
     * hidden ones are a mistake in that field. It is kept from changing until the transaction
     * ends, so that it cannot be dissolved under the new record.
     *
     * @param field the body field that names it, for the error
     */
    public Organization referenced(String field, UUID id) {
        Optional<Organization> organization = organizations.findForShare(id);
        if (organization.isEmpty() || !TownScope.isVisible(organization.get().townCode())) {
            throw ApiException.invalid(field, "UNKNOWN_ORGANIZATION", id);
        }
        return organization.get();
    }

    @Transactional(readOnly = true)
    Page<Organization> organizations(OrganizationFilter filter, PageQuery query) {
        OrganizationFilter scoped = new OrganizationFilter(filter.type(), TownScope.listFilter(filter.townCode()), filter.status(),
                filter.parentId(), filter.name());
        LocalDate today = BusinessDates.today();
        String orderBy = SORT.orderBy(query);
        return organizations.search(scoped, today, orderBy, query);
    }

    @Transactional(readOnly = true)
    Page<Organization> subtree(UUID id, PageQuery query) {
        organization(id);
        return Page.of(organizations.subtree(id, query.offset(), query.size()), query, organizations.subtreeSize(id));
    }

    Organization revise(UUID id, long expectedVersion, String nameZh, String nameEn, String address) {
        Organization organization = lockedForChange(id, expectedVersion);
        OrganizationView before = OrganizationView.of(organization);
        organization.revise(nameZh, nameEn, address);
        save(organization, expectedVersion, "organization.revised", before);
        return organization;
    }

    Organization move(UUID id, long expectedVersion, UUID parentId) {
        organizations.lockTreeForMove();
        Organization organization = lockedForChange(id, expectedVersion);
        Organization parent = referenced("parentId", parentId);
        OrganizationView before = OrganizationView.of(organization);
        organization.moveUnder(parent, organizations.isUnder(parentId, id));
        save(organization, expectedVersion, "organization.moved", before);
        return organization;
    }

    Organization activate(UUID id, long expectedVersion, LocalDate effectiveOn) {
        Organization organization = lockedForChange(id, expectedVersion);
        OrganizationView before = OrganizationView.of(organization);
        organization.activate(effectiveOn);
        save(organization, expectedVersion, "organization.activated", before);
        return organization;
    }

    /**
     * Dissolves it from {@code effectiveOn}: refused while members under it live on, and while it
     * covers units, unless a successor takes them over in the same call.
     *
     * @param successorId may be null
     */
    Dissolution dissolve(UUID id, long expectedVersion, LocalDate effectiveOn, UUID successorId) {
        Organization organization = lockedForChange(id, expectedVersion);
        if (organizations.membersAliveAfter(id, effectiveOn) > 0) {
            throw new RuleViolation("ORGANIZATION_HAS_MEMBERS", id);
        }
        OrganizationView before = OrganizationView.of(organization);
        organization.dissolve(effectiveOn);
        int handedOver = 0;
        if (successorId == null) {
            long covered = coveredUnits.coveredOnOrAfter(id, effectiveOn);
            if (covered > 0) {
                throw new RuleViolation("ORGANIZATION_COVERS_UNITS", id, covered);
            }
        } else {
            Organization successor = referenced("successorId", successorId);
            if (successor.id().equals(id)) {
                throw ApiException.invalid("successorId", "SUCCESSOR_IS_ITSELF");
            }
            TownScope.requireActsIn(successor.townCode());
            handedOver = coveredUnits.handOver(organization, successor, effectiveOn);
        }
        save(organization, expectedVersion, "organization.dissolved", before);
        applicationEvents.publishEvent(new OrganizationDissolved(id, effectiveOn));
        return new Dissolution(organization, handedOver);
    }

    /** @param unitsHandedOver how many units the successor took over */
    record Dissolution(Organization organization, int unitsHandedOver) {
    }

    private Organization lockedForChange(UUID id, long expectedVersion) {
        Organization organization = organizations.findForUpdate(id).orElseThrow(() -> notFound(id));
        TownScope.requireVisible(organization.townCode(), () -> notFound(id));
        Versions.requireUnchanged(organization.version(), expectedVersion);
        return organization;
    }

    private void save(Organization organization, long expectedVersion, String action, OrganizationView before) {
        Versions.requireWritten(organizations.update(organization, expectedVersion));
        published(action, before, organization);
    }

    private void published(String action, OrganizationView before, Organization organization) {
        events.changed(organization);
        audit.record(action, "organization", organization.id(), before, OrganizationView.of(organization));
    }

    private void requireValidFields(OrganizationFounding founding, String townCode) {
        OrganizationType type = founding.type();
        if (type == OrganizationType.INDUSTRY && founding.industry() == null) {
            throw ApiException.invalid("industry", "INDUSTRY_REQUIRED");
        }
        if (type != OrganizationType.INDUSTRY && founding.industry() != null) {
            throw ApiException.invalid("industry", "INDUSTRY_NOT_ALLOWED");
        }
        if (type == OrganizationType.CITY && (townCode != null || founding.parentId() != null)) {
            throw ApiException.invalid(townCode != null ? "townCode" : "parentId", "NOT_ALLOWED_FOR_CITY");
        }
        if (type != OrganizationType.CITY && founding.parentId() == null) {
            throw ApiException.invalid("parentId", "PARENT_REQUIRED");
        }
        if (type.requiresTown() && townCode == null) {
            throw ApiException.invalid("townCode", "TOWN_REQUIRED");
        }
        if (townCode != null && !regions.townExists(townCode)) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", townCode);
        }
        if (type == OrganizationType.VILLAGE && founding.villageId() == null) {
            throw ApiException.invalid("villageId", "VILLAGE_REQUIRED");
        }
        if (founding.villageId() != null && !regions.townOfActiveVillage(founding.villageId()).filter(town -> town.equals(townCode)).isPresent()) {
            throw ApiException.invalid("villageId", "UNKNOWN_VILLAGE_IN_TOWN", townCode == null ? "-" : townCode);
        }
        if (founding.status() == OrganizationStatus.DISSOLVED) {
            throw ApiException.invalid("status", "INITIAL_STATUS");
        }
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("ORGANIZATION_NOT_FOUND", id);
    }
}
