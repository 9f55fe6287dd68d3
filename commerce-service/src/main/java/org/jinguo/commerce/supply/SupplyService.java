package org.jinguo.commerce.supply;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.jinguo.commerce.product.ProductService;
import org.jinguo.commerce.supply.DemandFilling.Proposal;
import org.jinguo.commerce.workshop.Workshop;
import org.jinguo.commerce.workshop.WorkshopService;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers post demands (a partner client for itself, staff for a named buyer); workshops declare
 * capacity per period; the service proposes how to fill a demand ({@link DemandFilling}); staff
 * choose allocations and track them to fulfilment.
 */
@Service
@Transactional
@RequiredArgsConstructor
class SupplyService {

    private final SupplyRepository supply;
    private final ProductService products;
    private final WorkshopService workshops;
    private final KnownRegions regions;
    private final AuditTrail audit;

    Demand post(UUID requestedId, String namedBuyer, UUID productId, int quantity, LocalDate deadline, String preferredTown) {
        Caller caller = Caller.current();
        String buyer = caller.isPartner() ? caller.subject() : namedBuyer;
        if (buyer == null || buyer.isBlank()) {
            throw ApiException.invalid("buyer", "BUYER_REQUIRED");
        }
        products.product(productId);
        if (preferredTown != null && !regions.townExists(preferredTown)) {
            throw ApiException.invalid("preferredTownCode", "UNKNOWN_TOWN", preferredTown);
        }
        LocalDate today = BusinessDates.today();
        if (deadline.isBefore(today)) {
            throw ApiException.invalid("deadline", "DEADLINE_PASSED");
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (supply.demandExists(id)) {
            throw ApiException.conflict("DEMAND_ID_TAKEN", id);
        }
        Demand demand = new Demand(id, buyer, productId, quantity, deadline, preferredTown, today, 1);
        supply.insert(demand);
        audit.record("demand.posted", "demand", id, null, demand);
        return demand;
    }

    /** A partner sees its own demands only; others answer 404. */
    @Transactional(readOnly = true)
    Demand demand(UUID id) {
        Demand demand = supply.demand(id).orElseThrow(() -> ApiException.notFound("DEMAND_NOT_FOUND", id));
        Caller caller = Caller.current();
        if (caller.isPartner() && !caller.subject().equals(demand.buyer())) {
            throw ApiException.notFound("DEMAND_NOT_FOUND", id);
        }
        return demand;
    }

    @Transactional(readOnly = true)
    Page<Demand> demands(PageQuery query) {
        Caller caller = Caller.current();
        String buyer = caller.isPartner() ? caller.subject() : null;
        return supply.demands(buyer, query);
    }

    @Transactional(readOnly = true)
    List<Allocation> allocationsOf(UUID demandId) {
        demand(demandId);
        Caller caller = Caller.current();
        return supply.allocationsOf(demandId, caller.isPartner() ? null : TownScope.listFilter(null));
    }

    Capacity declare(UUID workshopId, UUID productId, LocalDate periodStart, LocalDate periodEnd, int units) {
        Workshop workshop = workshops.workshop(workshopId);
        TownScope.requireActsIn(workshop.profile().townCode());
        products.product(productId);
        if (workshop.closed() && !periodEnd.isBefore(workshop.closedOn())) {
            throw ApiException.conflict("WORKSHOP_NOT_ACTIVE", workshopId, periodEnd);
        }
        Capacity capacity = new Capacity(UuidV7.next(), workshopId, workshop.profile().townCode(), productId, periodStart, periodEnd, units, 0);
        supply.insert(capacity);
        audit.record("capacity.declared", "capacity", capacity.id(), null, capacity);
        return capacity;
    }

    @Transactional(readOnly = true)
    Page<Capacity> capacities(UUID workshopId, UUID productId, PageQuery query) {
        String town = TownScope.listFilter(null);
        return Page.of(supply.capacities(workshopId, productId, town, query.offset(), query.size()), query,
                supply.countCapacities(workshopId, productId, town));
    }

    /** The proposal for what is still open of the demand, from today. */
    @Transactional(readOnly = true)
    Proposal proposal(UUID demandId) {
        Demand demand = demand(demandId);
        LocalDate today = BusinessDates.today();
        return DemandFilling.propose(open(demand), demand.deadline(), demand.preferredTownCode(), today,
                supply.openCapacities(demand.productId(), today));
    }

    /** Gives units of the demand to a capacity, within what it can still make by the deadline and what the demand still needs. */
    Allocation choose(UUID demandId, UUID capacityId, int units) {
        Demand demand = demand(demandId);
        supply.lockDemand(demandId);
        supply.lockCapacity(capacityId);
        Capacity capacity = supply.capacity(capacityId)
                .orElseThrow(() -> ApiException.invalid("capacityId", "UNKNOWN_CAPACITY", capacityId));
        TownScope.requireActsIn(capacity.townCode());
        if (!capacity.productId().equals(demand.productId())) {
            throw ApiException.invalid("capacityId", "OTHER_PRODUCT", capacityId);
        }
        LocalDate today = BusinessDates.today();
        int usable = capacity.usableFor(today, demand.deadline());
        if (units > usable) {
            throw ApiException.conflict("CAPACITY_SHORT", capacityId, usable);
        }
        int open = open(demand);
        if (units > open) {
            throw ApiException.conflict("DEMAND_MET", demandId, open);
        }
        Allocation allocation = new Allocation(UuidV7.next(), demandId, capacityId, capacity.workshopId(), units, AllocationStatus.CHOSEN, today,
                null, 1);
        supply.insert(allocation);
        audit.record("allocation.chosen", "allocation", allocation.id(), null, AllocationView.of(allocation));
        return allocation;
    }

    Allocation fulfil(UUID id, long expectedVersion, LocalDate on) {
        return change(id, expectedVersion, "allocation.fulfilled", allocation -> allocation.fulfil(on));
    }

    Allocation cancel(UUID id, long expectedVersion) {
        return change(id, expectedVersion, "allocation.cancelled", Allocation::cancel);
    }

    private Allocation change(UUID id, long expectedVersion, String action, Consumer<Allocation> change) {
        Allocation allocation = supply.allocation(id).orElseThrow(() -> ApiException.notFound("ALLOCATION_NOT_FOUND", id));
        Capacity capacity = supply.capacity(allocation.capacityId()).orElseThrow();
        TownScope.requireActsIn(capacity.townCode());
        Versions.requireUnchanged(allocation.version(), expectedVersion);
        AllocationView before = AllocationView.of(allocation);
        change.accept(allocation);
        Versions.requireWritten(supply.update(allocation, expectedVersion));
        audit.record(action, "allocation", id, before, AllocationView.of(allocation));
        return allocation;
    }

    /** What the demand still needs: its quantity less its allocations that are not cancelled. */
    private int open(Demand demand) {
        int taken = supply.allocationsOf(demand.id()).stream().filter(each -> each.status() != AllocationStatus.CANCELLED)
                .mapToInt(Allocation::units).sum();
        return Math.max(0, demand.quantity() - taken);
    }
}
