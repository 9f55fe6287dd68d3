package org.jinguo.org.region;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.org.region.RegionRequests.NewVillageBody;
import org.jinguo.org.region.RegionRequests.RetirementBody;
import org.jinguo.org.region.RegionRequests.TownBody;
import org.jinguo.org.region.RegionRequests.VillageBody;
import org.jinguo.org.region.RegionViews.TownView;
import org.jinguo.org.region.RegionViews.VillageView;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Towns of the city and the villages and communities under them")
@Validated
@RequiredArgsConstructor
class RegionController {

    private final RegionService regions;

    @GetMapping("/towns")
    @Operation(summary = "List towns, sub-districts and zones")
    Page<TownView> towns(@RequestParam(required = false) TownKind kind, PageQuery page) {
        Page<Town> towns = regions.towns(kind, page);
        return towns.map(TownView::of);
    }

    @GetMapping("/towns/{code}")
    @Operation(summary = "One town, with its ETag")
    ResponseEntity<TownView> town(@PathVariable String code) {
        Town town = regions.town(code);
        return Versions.ok(TownView.of(town), town.version());
    }

    @PutMapping("/towns/{code}")
    @Operation(summary = "Change a town's names, location and neighbours",
            description = "Borders are mutual: towns added to or removed from neighborTownCodes change too.")
    ResponseEntity<TownView> reviseTown(@PathVariable String code,
                                        @Valid @RequestBody TownBody body,
                                        @Parameter(description = "The ETag the town was read with") ExpectedVersion expected) {
        Town town = regions.reviseTown(code, expected.value(), body.toRevision());
        return Versions.ok(TownView.of(town), town.version());
    }

    @PostMapping("/towns/{code}/villages")
    @Creates
    @Operation(summary = "Add a village or community to a town", description = "Accepts Idempotency-Key.")
    ResponseEntity<VillageView> registerVillage(@PathVariable String code, @Valid @RequestBody NewVillageBody body) {
        Village village = regions.registerVillage(code, body.toRegistration());
        return Versions.created(URI.create("/api/v1/regions/villages/" + village.id()), VillageView.of(village), village.version());
    }

    @GetMapping("/villages")
    @Operation(summary = "List villages and communities",
            description = "name matches part of the Chinese or English name, ignoring case.")
    Page<VillageView> villages(@RequestParam(required = false) @Size(max = 40) String townCode,
                               @RequestParam(required = false) VillageKind kind,
                               @RequestParam(required = false) VillageStatus status,
                               @RequestParam(required = false) @Size(max = 100) String name,
                               PageQuery page) {
        Page<Village> villages = regions.villages(new VillageFilter(townCode, kind, status, name), page);
        return villages.map(VillageView::of);
    }

    @GetMapping("/villages/{id}")
    @Operation(summary = "One village or community, with its ETag")
    ResponseEntity<VillageView> village(@PathVariable UUID id) {
        Village village = regions.village(id);
        return Versions.ok(VillageView.of(village), village.version());
    }

    @PutMapping("/villages/{id}")
    @Operation(summary = "Rename or relocate a village or community")
    ResponseEntity<VillageView> reviseVillage(@PathVariable UUID id,
                                              @Valid @RequestBody VillageBody body, ExpectedVersion expected) {
        Village village = regions.reviseVillage(id, expected.value(), body.toRevision());
        return Versions.ok(VillageView.of(village), village.version());
    }

    @PostMapping("/villages/{id}/retirement")
    @Operation(summary = "Retire a village or community from a date on (merged or abolished)")
    ResponseEntity<VillageView> retireVillage(@PathVariable UUID id,
                                              @Valid @RequestBody RetirementBody body, ExpectedVersion expected) {
        Village village = regions.retireVillage(id, expected.value(), body.effectiveOn());
        return Versions.ok(VillageView.of(village), village.version());
    }
}
