package org.jinguo.care.household;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.MobilePhoneNumber;
import org.jinguo.values.TownCode;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.time.ReportPeriod;
import org.jinguo.web.validation.PlainText;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Households and family activities", description = "Families served, visits to those in hardship, family activities and who took part")
@RequiredArgsConstructor
class HouseholdController {

    private final HouseholdService households;

    record HouseholdBody(UUID id, @NotNull @TownCode String townCode, UUID villageId, boolean newResident,
                         boolean inHardship, @NotBlank @Size(max = 100) @PlainText String headName,
                         @Size(max = 300) @PlainText String address, @MobilePhoneNumber String phone, LocalDate registeredOn) {
    }

    record HardshipVisitBody(@NotNull LocalDate visitedOn, @NotNull SupportKind support, @Size(max = 4000) String notes) {
    }

    /** @param townCode null for a city-wide activity */
    record ActivityBody(UUID id, @NotNull ActivityKind kind, @NotBlank @Size(max = 200) @PlainText String title, @NotNull LocalDate heldOn,
                        @TownCode String townCode, @Size(max = 200) @PlainText String place,
                        UUID hostOrganizationId, @NotNull @Size(max = 5000) List<@NotNull UUID> householdIds) {
    }

    record ParticipantsBody(@NotNull @Size(min = 1, max = 5000) List<@NotNull UUID> householdIds) {
    }

    @PostMapping("/api/v1/households")
    @Creates
    @Operation(summary = "Register a household", description = "The head's name, address and phone are sealed and answered masked. "
            + "Accepts Idempotency-Key.")
    ResponseEntity<HouseholdView> register(@Valid @RequestBody HouseholdBody body) {
        HouseholdView household = households.register(body.id(), body.townCode(), body.villageId(), body.newResident(), body.inHardship(),
                new HouseholdPersonalData(body.headName().strip(), body.address(), body.phone()), body.registeredOn());
        return ResponseEntity.created(URI.create("/api/v1/households/" + household.id())).body(household);
    }

    @GetMapping("/api/v1/households")
    @Operation(summary = "Households, masked")
    Page<HouseholdView> households(@RequestParam(required = false) @TownCode String townCode,
                                   @RequestParam(required = false) Boolean inHardship, PageQuery page) {
        return households.households(townCode, inHardship, page);
    }

    @GetMapping("/api/v1/households/{id}")
    @Operation(summary = "One household, masked")
    HouseholdView household(@PathVariable UUID id) {
        return households.household(id);
    }

    @PostMapping("/api/v1/households/{id}/hardship-visits")
    @Creates(located = false)
    @Operation(operationId = "recordHardshipVisit",
            summary = "Record a visit to a family in hardship", description = "Notes sealed under the household's key.")
    ResponseEntity<HardshipVisit> visit(@PathVariable UUID id, @Valid @RequestBody HardshipVisitBody body) {
        return ResponseEntity.status(201).body(households.visit(id, body.visitedOn(), body.support(), body.notes()));
    }

    @GetMapping("/api/v1/households/{id}/hardship-visits")
    @Operation(summary = "A household's hardship visits, newest first")
    List<HardshipVisit> visits(@PathVariable UUID id) {
        return households.visits(id);
    }

    @PostMapping("/api/v1/family-activities")
    @Creates
    @Operation(summary = "Record a family activity and the households that took part", description = "A city-wide activity (no "
            + "townCode) is CITY_ADMIN's or CARE_STAFF's. Accepts Idempotency-Key.")
    ResponseEntity<FamilyActivity> organise(@Valid @RequestBody ActivityBody body) {
        FamilyActivity activity = households.organise(body.id(), body.kind(), body.title(), body.heldOn(), body.townCode(), body.place(),
                body.hostOrganizationId(), body.householdIds());
        return ResponseEntity.created(URI.create("/api/v1/family-activities/" + activity.id())).body(activity);
    }

    @PostMapping("/api/v1/family-activities/{id}/participants")
    @Operation(operationId = "addFamilyActivityParticipants",
            summary = "Add households to an activity", description = "A household already listed is not counted twice.")
    FamilyActivity addParticipants(@PathVariable UUID id, @Valid @RequestBody ParticipantsBody body) {
        return households.addParticipants(id, body.householdIds());
    }

    @GetMapping("/api/v1/family-activities")
    @Operation(summary = "Family activities, newest first", description = "Filter by townCode, kind, and held between from and to.")
    Page<FamilyActivity> activities(@RequestParam(required = false) @TownCode String townCode,
                                    @RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) LocalDate from,
                                    @RequestParam(required = false) LocalDate to, PageQuery page) {
        if (from != null && to != null) {
            ReportPeriod.require(from, to);
        }
        return households.activities(townCode, kind, from, to, page);
    }

    @GetMapping("/api/v1/family-activities/{id}")
    @Operation(summary = "One family activity, with how many households took part")
    FamilyActivity activity(@PathVariable UUID id) {
        return households.activity(id);
    }
}
