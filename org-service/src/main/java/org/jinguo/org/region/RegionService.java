package org.jinguo.org.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.region.RegionViews.TownView;
import org.jinguo.org.region.RegionViews.VillageView;
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

/** Keeps the towns and villages of the city, and tells the other services of every change. */
@Service
@Transactional
@RequiredArgsConstructor
class RegionService {

    private static final SortableFields TOWN_SORT = SortableFields.of(
            Map.of("code", "code", "nameZh", "name_zh", "nameEn", "name_en", "kind", "kind"), "code", "code");
    private static final SortableFields VILLAGE_SORT = SortableFields.of(
            Map.of("nameZh", "name_zh", "nameEn", "name_en", "townCode", "town_code", "kind", "kind", "status", "status"),
            "town_code, name_zh", "id");

    private final TownRepository towns;
    private final VillageRepository villages;
    private final RegionEvents events;
    private final AuditTrail audit;

    @Transactional(readOnly = true)
    Town town(String code) {
        return towns.find(code).orElseThrow(() -> ApiException.notFound("TOWN_NOT_FOUND", code));
    }

    @Transactional(readOnly = true)
    Page<Town> towns(TownKind kind, PageQuery query) {
        String orderBy = TOWN_SORT.orderBy(query);
        return Page.of(towns.page(kind, orderBy, query.offset(), query.size()), query, towns.count(kind));
    }

    /**
     * Changes a town's names, location and neighbours. Borders are mutual, so the towns that gain
     * or lose this town as a neighbour change too, and each changed town is published.
     */
    Town reviseTown(String code, long expectedVersion, TownRevision revision) {
        SortedSet<String> neighborCodes = new TreeSet<>(revision.neighborTownCodes());
        Set<String> unknown = new TreeSet<>(neighborCodes);
        unknown.removeAll(towns.existingCodes(neighborCodes));
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("neighborTownCodes", "UNKNOWN_TOWN", String.join(", ", unknown));
        }
        Town current = town(code);
        Set<String> affected = new TreeSet<>(current.neighborCodes());
        affected.addAll(neighborCodes);
        affected.add(code);
        Map<String, Town> locked = towns.findAllForUpdate(affected).stream()
                .collect(Collectors.toMap(Town::code, Function.identity()));
        Town town = locked.get(code);
        Versions.requireUnchanged(town.version(), expectedVersion);
        Map<String, Long> readVersions = locked.values().stream().collect(Collectors.toMap(Town::code, Town::version));
        Map<String, TownView> before = locked.values().stream().collect(Collectors.toMap(Town::code, TownView::of));
        Set<String> previous = new TreeSet<>(town.neighborCodes());
        town.revise(revision.nameZh(), revision.nameEn(), revision.location(), neighborCodes);
        List<Town> changed = new ArrayList<>(List.of(town));
        for (Town other : locked.values()) {
            if (other == town) {
                continue;
            }
            if (neighborCodes.contains(other.code())) {
                other.addNeighbor(code);
            } else if (previous.contains(other.code())) {
                other.removeNeighbor(code);
            }
            if (other.version() != readVersions.get(other.code())) {
                changed.add(other);
            }
        }
        for (Town each : changed) {
            towns.update(each, readVersions.get(each.code()));
            events.townChanged(each);
            audit.record("town.revised", "town", each.code(), before.get(each.code()), TownView.of(each));
        }
        return town;
    }

    Village registerVillage(String townCode, VillageRegistration registration) {
        town(townCode);
        TownScope.requireActsIn(townCode);
        UUID id = registration.id() == null ? UuidV7.next() : registration.id();
        if (villages.exists(id)) {
            throw ApiException.conflict("VILLAGE_ID_TAKEN", id);
        }
        requireFreeName(townCode, registration.nameZh(), id);
        Village village = Village.register(id, townCode, registration.kind(), registration.nameZh(), registration.nameEn(),
                registration.location());
        villages.insert(village);
        events.villageChanged(village);
        audit.record("village.registered", "village", village.id(), null, VillageView.of(village));
        return village;
    }

    @Transactional(readOnly = true)
    Village village(UUID id) {
        return villages.find(id).orElseThrow(() -> ApiException.notFound("VILLAGE_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<Village> villages(VillageFilter filter, PageQuery query) {
        String orderBy = VILLAGE_SORT.orderBy(query);
        return villages.search(filter, orderBy, query);
    }

    Village reviseVillage(UUID id, long expectedVersion, VillageRevision revision) {
        Village village = village(id);
        TownScope.requireActsIn(village.townCode());
        Versions.requireUnchanged(village.version(), expectedVersion);
        requireFreeName(village.townCode(), revision.nameZh(), id);
        VillageView before = VillageView.of(village);
        village.revise(revision.kind(), revision.nameZh(), revision.nameEn(), revision.location());
        save(village, expectedVersion, "village.revised", before);
        return village;
    }

    Village retireVillage(UUID id, long expectedVersion, LocalDate effectiveOn) {
        Village village = village(id);
        TownScope.requireActsIn(village.townCode());
        Versions.requireUnchanged(village.version(), expectedVersion);
        VillageView before = VillageView.of(village);
        village.retire(effectiveOn);
        save(village, expectedVersion, "village.retired", before);
        return village;
    }

    private void save(Village village, long expectedVersion, String action, VillageView before) {
        Versions.requireWritten(villages.update(village, expectedVersion));
        events.villageChanged(village);
        audit.record(action, "village", village.id(), before, VillageView.of(village));
    }

    private void requireFreeName(String townCode, String nameZh, UUID id) {
        if (villages.activeNameTaken(townCode, nameZh, id)) {
            throw ApiException.conflict("VILLAGE_NAME_TAKEN", nameZh, townCode);
        }
    }
}
