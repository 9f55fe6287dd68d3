package org.jinguo.org.unit;

import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.org.organization.Industry;
import org.jinguo.org.region.RegionReferenceService;
import org.jinguo.org.unit.UnitViews.UnitView;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.SortableFields;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the register of new-domain units, within the caller's town for town staff. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnitService {

    private static final SortableFields SORT = SortableFields.of(Map.of("nameZh", "name_zh", "townCode", "town_code",
            "domain", "domain", "industry", "industry", "registeredOn", "registered_on", "headcount", "headcount"), "name_zh", "id");

    private final UnitRepository units;
    private final RegionReferenceService regions;
    private final UnitChangeEvents events;
    private final AuditTrail audit;

    Unit register(UnitRegistration registration) {
        String creditCode = CreditCode.parse(registration.creditCode())
                .orElseThrow(() -> ApiException.invalid("creditCode", "INVALID_CREDIT_CODE"));
        if (!regions.townExists(registration.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", registration.townCode());
        }
        requireVillageInTown(registration.villageId(), registration.townCode());
        TownScope.requireActsIn(registration.townCode());
        UUID id = registration.id() == null ? UuidV7.next() : registration.id();
        if (units.exists(id)) {
            throw ApiException.conflict("UNIT_ID_TAKEN", id);
        }
        units.idOfCreditCode(creditCode).ifPresent(other -> {
            throw ApiException.conflict("CREDIT_CODE_TAKEN", creditCode);
        });
        Unit unit = Unit.register(id, registration.nameZh(), creditCode, registration.domain(), registration.industry(),
                registration.townCode(), registration.villageId(), registration.headcount(), registration.registeredOn());
        units.insert(unit);
        published("unit.registered", null, unit);
        return unit;
    }

    /** A unit the caller may see: another town's answers as if it did not exist. */
    @Transactional(readOnly = true)
    public Unit unit(UUID id) {
        return TownScope.requireVisible(units.find(id), Unit::townCode, () -> notFound(id));
    }

    @Transactional(readOnly = true)
    Page<Unit> units(UnitFilter filter, PageQuery query) {
        UnitFilter scoped = new UnitFilter(TownScope.listFilter(filter.townCode()), filter.domain(), filter.industry(), filter.name(),
                filter.creditCode() == null ? null : CreditCode.parse(filter.creditCode()).orElse(filter.creditCode()));
        String orderBy = SORT.orderBy(query);
        return units.search(scoped, orderBy, query);
    }

    Unit revise(UUID id, long expectedVersion, String nameZh, UnitDomain domain, Industry industry, UUID villageId,
                Headcount headcount) {
        Unit unit = unit(id);
        Versions.requireUnchanged(unit.version(), expectedVersion);
        requireVillageInTown(villageId, unit.townCode());
        UnitView before = UnitView.of(unit);
        unit.revise(nameZh, domain, industry, villageId, headcount);
        Versions.requireWritten(units.update(unit, expectedVersion));
        published("unit.revised", before, unit);
        return unit;
    }

    private void requireVillageInTown(UUID villageId, String townCode) {
        if (villageId != null && !regions.townOfActiveVillage(villageId).filter(town -> town.equals(townCode)).isPresent()) {
            throw ApiException.invalid("villageId", "UNKNOWN_VILLAGE_IN_TOWN", townCode);
        }
    }

    private void published(String action, UnitView before, Unit unit) {
        events.changed(unit);
        audit.record(action, "unit", unit.id(), before, UnitView.of(unit));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("UNIT_NOT_FOUND", id);
    }
}
