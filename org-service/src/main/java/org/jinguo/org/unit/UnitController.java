package org.jinguo.org.unit;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.org.organization.Industry;
import org.jinguo.org.unit.UnitRequests.NewUnitBody;
import org.jinguo.org.unit.UnitRequests.UnitBody;
import org.jinguo.org.unit.UnitViews.UnitView;
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
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The register of units in the three new domains")
@Validated
@RequiredArgsConstructor
class UnitController {

    private final UnitService units;

    @PostMapping
    @Creates
    @Operation(summary = "Register a unit", description = "Accepts Idempotency-Key. The credit code must be valid "
            + "(GB 32100-2015 check character) and not registered yet.")
    ResponseEntity<UnitView> register(@Valid @RequestBody NewUnitBody body) {
        Unit unit = units.register(body.toRegistration());
        return Versions.created(URI.create("/api/v1/units/" + unit.id()), UnitView.of(unit), unit.version());
    }

    @GetMapping
    @Operation(summary = "List units", description = "name matches part of the name. Town staff see their own town's only.")
    Page<UnitView> units(@RequestParam(required = false) @TownCode String townCode,
                         @RequestParam(required = false) UnitDomain domain,
                         @RequestParam(required = false) Industry industry,
                         @RequestParam(required = false) @Size(max = 100) String name,
                         @RequestParam(required = false) @Size(max = 18) String creditCode,
                         PageQuery page) {
        Page<Unit> found = units.units(new UnitFilter(townCode, domain, industry, name, creditCode), page);
        return found.map(UnitView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit, with its ETag")
    ResponseEntity<UnitView> unit(@PathVariable UUID id) {
        Unit unit = units.unit(id);
        return Versions.ok(UnitView.of(unit), unit.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a unit's name, domain, industry, village or headcount", description = "Its credit code "
            + "and town are fixed.")
    ResponseEntity<UnitView> revise(@PathVariable UUID id,
                                    @Valid @RequestBody UnitBody body, ExpectedVersion expected) {
        Unit unit = units.revise(id, expected.value(), body.nameZh(), body.domain(), body.industry(),
                body.villageId(), body.toHeadcount());
        return Versions.ok(UnitView.of(unit), unit.version());
    }
}
