package org.jinguo.care.donation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.child.ChildService;
import org.jinguo.care.household.HouseholdService;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The donations ledger: what was received, valued in exact fen, and what of it went to which child or family. */
@Service
@Transactional
@RequiredArgsConstructor
class DonationService {

    private final DonationRepository donations;
    private final ChildService children;
    private final HouseholdService households;
    private final KnownRegions regions;
    private final AuditTrail audit;
    private final Clock clock;

    Donation receive(UUID requestedId, DonationKind kind, String donorName, DonorKind donorKind, String description, long valueFen,
                     LocalDate receivedOn, String townCode) {
        if (townCode == null) {
            if (!Caller.current().isCityWide()) {
                throw ApiException.forbidden("CITY_WIDE_ONLY");
            }
        } else {
            TownScope.requireActsIn(townCode);
            if (!regions.townExists(townCode)) {
                throw ApiException.invalid("townCode", "UNKNOWN_TOWN", townCode);
            }
        }
        if (receivedOn.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("receivedOn", "IN_THE_FUTURE");
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (donations.exists(id)) {
            throw ApiException.conflict("DONATION_ID_TAKEN", id);
        }
        Donation donation = new Donation(id, kind, donorName, donorKind, description, valueFen, receivedOn, townCode, 0);
        donations.insert(donation, clock.instant());
        audit.record("donation.received", "donation", id, null, donation);
        return donation;
    }

    Allocation allocate(UUID donationId, UUID childId, UUID householdId, long valueFen, LocalDate allocatedOn) {
        if ((childId == null) == (householdId == null)) {
            throw ApiException.invalid("childId", "CHILD_OR_HOUSEHOLD");
        }
        Donation before = donation(donationId);
        donations.lock(donationId);
        Donation donation = donations.find(donationId).orElseThrow();
        if (allocatedOn.isBefore(donation.receivedOn()) || allocatedOn.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("allocatedOn", "DATE_OUT_OF_RANGE", donation.receivedOn(), BusinessDates.today());
        }
        if (childId != null) {
            children.staffChild(childId);
        } else {
            households.requireVisible(householdId);
        }
        if (valueFen > donation.remainingFen()) {
            throw ApiException.conflict("OVER_ALLOCATED", donation.remainingFen());
        }
        Allocation allocation = new Allocation(UuidV7.next(), donationId, childId, householdId, valueFen, allocatedOn);
        donations.insertAllocation(allocation);
        audit.record("donation.allocated", "donation", donationId, before, allocation);
        return allocation;
    }

    @Transactional(readOnly = true)
    Donation donation(UUID id) {
        return TownScope.requireVisible(donations.find(id), Donation::townCode, () -> ApiException.notFound("DONATION_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    List<Allocation> allocations(UUID donationId) {
        return donations.allocations(donation(donationId).id());
    }

    @Transactional(readOnly = true)
    Page<Donation> donations(String townCode, DonationKind kind, LocalDate from, LocalDate to, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return donations.search(town, kind, from, to, query);
    }
}
