package org.jinguo.commerce.supply;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.commerce.supply.DemandFilling.Proposal;
import org.jinguo.commerce.supply.SupplyRequests.AllocationBody;
import org.jinguo.commerce.supply.SupplyRequests.CapacityBody;
import org.jinguo.commerce.supply.SupplyRequests.DemandBody;
import org.jinguo.commerce.supply.SupplyRequests.FulfilmentBody;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supply and demand", description = "Buyers' demands, workshops' capacity, proposals to fill a demand, allocations to fulfilment")
@RequiredArgsConstructor
class SupplyController {

    private final SupplyService supply;

    @PostMapping("/api/v1/demands")
    @Creates
    @Operation(summary = "Post a demand", description = "So many units of a product by a deadline, preferably from a town. A partner "
            + "posts as itself; staff name the buyer. Accepts Idempotency-Key.")
    ResponseEntity<Demand> post(@Valid @RequestBody DemandBody body) {
        Demand demand = supply.post(body.id(), body.buyer(), body.productId(), body.quantity(), body.deadline(), body.preferredTownCode());
        return ResponseEntity.created(URI.create("/api/v1/demands/" + demand.id())).body(demand);
    }

    @GetMapping("/api/v1/demands")
    @Operation(summary = "Demands, latest first", description = "A partner sees its own.")
    Page<Demand> demands(PageQuery page) {
        return supply.demands(page);
    }

    @GetMapping("/api/v1/demands/{id}")
    @Operation(summary = "One demand")
    Demand demand(@PathVariable UUID id) {
        return supply.demand(id);
    }

    @GetMapping("/api/v1/demands/{id}/proposal")
    @Operation(summary = "How to fill what is still open of a demand", description = "Only what each capacity can make between today "
            + "and the deadline, at an even pace over its period, less what is allocated; the preferred town first, then the earliest "
            + "able to start, then the one with most to give; split across workshops until the quantity is met; the rest is the "
            + "shortfall.")
    Proposal proposal(@PathVariable UUID id) {
        return supply.proposal(id);
    }

    @PostMapping("/api/v1/demands/{id}/allocations")
    @Creates
    @Operation(summary = "Choose an allocation", description = "Units of the demand for one capacity, within what it can still make by "
            + "the deadline and what the demand still needs.")
    ResponseEntity<AllocationView> choose(@PathVariable UUID id, @Valid @RequestBody AllocationBody body) {
        Allocation allocation = supply.choose(id, body.capacityId(), body.units());
        return Versions.created(URI.create("/api/v1/allocations/" + allocation.id()), AllocationView.of(allocation), allocation.version());
    }

    @GetMapping("/api/v1/demands/{id}/allocations")
    @Operation(summary = "A demand's allocations")
    List<AllocationView> allocations(@PathVariable UUID id) {
        return supply.allocationsOf(id).stream().map(AllocationView::of).toList();
    }

    @PostMapping("/api/v1/allocations/{id}/fulfilment")
    @Operation(summary = "Record that an allocation was delivered", description = "If-Match required.")
    ResponseEntity<AllocationView> fulfil(@PathVariable UUID id, @Valid @RequestBody FulfilmentBody body, ExpectedVersion expected) {
        Allocation allocation = supply.fulfil(id, expected.value(), body.fulfilledOn());
        return Versions.ok(AllocationView.of(allocation), allocation.version());
    }

    @PostMapping("/api/v1/allocations/{id}/cancellation")
    @Operation(summary = "Cancel an allocation", description = "Its units go back to the capacity. If-Match required.")
    ResponseEntity<AllocationView> cancel(@PathVariable UUID id, ExpectedVersion expected) {
        Allocation allocation = supply.cancel(id, expected.value());
        return Versions.ok(AllocationView.of(allocation), allocation.version());
    }

    @PostMapping("/api/v1/workshops/{id}/capacities")
    @Creates(located = false)
    @Operation(summary = "Declare a workshop's capacity for a period", description = "units of a product over periodStart to periodEnd.")
    ResponseEntity<Capacity> declare(@PathVariable UUID id, @Valid @RequestBody CapacityBody body) {
        body.requireOrdered();
        Capacity capacity = supply.declare(id, body.productId(), body.periodStart(), body.periodEnd(), body.units());
        return ResponseEntity.status(201).body(capacity);
    }

    @GetMapping("/api/v1/capacities")
    @Operation(summary = "Declared capacities, with what is allocated of each")
    Page<Capacity> capacities(@RequestParam(required = false) UUID workshopId, @RequestParam(required = false) UUID productId,
                              PageQuery page) {
        return supply.capacities(workshopId, productId, page);
    }
}
