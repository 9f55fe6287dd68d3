package org.jinguo.care.donation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

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
@Tag(name = "Donations", description = "The donations ledger: goods (valued) and money received, in exact fen, and their allocation")
@RequiredArgsConstructor
class DonationController {

    private final DonationService donations;

    /**
     * @param valueFen the amount, or the goods' agreed valuation, in fen (integer)
     * @param townCode null for the city's own donations
     */
    record DonationBody(UUID id, @NotNull DonationKind kind, @NotBlank @Size(max = 200) @PlainText String donorName,
                        @NotNull DonorKind donorKind, @NotBlank @Size(max = 500) @PlainText String description,
                        @NotNull @Min(1) @Max(100_000_000_000L) Long valueFen, @NotNull LocalDate receivedOn, @TownCode String townCode) {
    }

    /** Exactly one of childId and householdId. */
    record AllocationBody(UUID childId, UUID householdId, @NotNull @Min(1) @Max(100_000_000_000L) Long valueFen,
                          @NotNull LocalDate allocatedOn) {
    }

    @PostMapping("/api/v1/donations")
    @Creates
    @Operation(summary = "Record a donation received", description = "Accepts Idempotency-Key.")
    ResponseEntity<Donation> receive(@Valid @RequestBody DonationBody body) {
        Donation donation = donations.receive(body.id(), body.kind(), body.donorName(), body.donorKind(), body.description(), body.valueFen(),
                body.receivedOn(), body.townCode());
        return ResponseEntity.created(URI.create("/api/v1/donations/" + donation.id())).body(donation);
    }

    @GetMapping("/api/v1/donations")
    @Operation(summary = "Donations, newest first", description = "Filter by townCode, kind, received between from and to.")
    Page<Donation> donations(@RequestParam(required = false) @TownCode String townCode,
                             @RequestParam(required = false) DonationKind kind, @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to, PageQuery page) {
        if (from != null && to != null) {
            ReportPeriod.require(from, to);
        }
        return donations.donations(townCode, kind, from, to, page);
    }

    @GetMapping("/api/v1/donations/{id}")
    @Operation(summary = "One donation, with what is allocated and what remains")
    Donation donation(@PathVariable UUID id) {
        return donations.donation(id);
    }

    @PostMapping("/api/v1/donations/{id}/allocations")
    @Creates(located = false)
    @Operation(operationId = "allocateDonation",
            summary = "Give part of a donation to a child or a household", description = "Never more than remains.")
    ResponseEntity<Allocation> allocate(@PathVariable UUID id, @Valid @RequestBody AllocationBody body) {
        return ResponseEntity.status(201).body(donations.allocate(id, body.childId(), body.householdId(), body.valueFen(), body.allocatedOn()));
    }

    @GetMapping("/api/v1/donations/{id}/allocations")
    @Operation(summary = "A donation's allocations")
    List<Allocation> allocations(@PathVariable UUID id) {
        return donations.allocations(id);
    }
}
