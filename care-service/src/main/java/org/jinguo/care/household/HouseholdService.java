package org.jinguo.care.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.reference.KnownOrganizations;
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

/** Households, visits to those in hardship, and the family activities they take part in. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HouseholdService {

    private static final String SEALED_AS = "household";
    private static final String NOTES = "hardship-visit-notes";

    private final HouseholdRepository households;
    private final PersonalDataVault vault;
    private final KnownRegions regions;
    private final KnownOrganizations organizations;
    private final AuditTrail audit;
    private final Clock clock;

    HouseholdView register(UUID requestedId, String townCode, UUID villageId, boolean newResident, boolean inHardship,
                           HouseholdPersonalData personal, LocalDate registeredOn) {
        TownScope.requireActsIn(townCode);
        if (!regions.townExists(townCode)) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", townCode);
        }
        if (villageId != null && !regions.townOfActiveVillage(villageId).filter(townCode::equals).isPresent()) {
            throw ApiException.invalid("villageId", "UNKNOWN_VILLAGE_IN_TOWN", townCode);
        }
        LocalDate on = notInFuture("registeredOn", registeredOn == null ? BusinessDates.today() : registeredOn);
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (households.exists(id)) {
            throw ApiException.conflict("HOUSEHOLD_ID_TAKEN", id);
        }
        Household household = new Household(id, townCode, villageId, newResident, inHardship, on, 1);
        households.insert(household, vault.sealNew(id, SEALED_AS, personal));
        HouseholdView view = HouseholdView.of(household, personal.masked());
        audit.record("household.registered", "household", id, null, view);
        return view;
    }

    @Transactional(readOnly = true)
    HouseholdView household(UUID id) {
        return view(visible(id));
    }

    @Transactional(readOnly = true)
    Page<HouseholdView> households(String townCode, Boolean inHardship, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return households.search(town, inHardship, query).map(this::view);
    }

    HardshipVisit visit(UUID householdId, LocalDate visitedOn, SupportKind support, String notes) {
        Household household = visible(householdId);
        notInFuture("visitedOn", visitedOn);
        HardshipVisit visit = new HardshipVisit(UuidV7.next(), householdId, visitedOn, Caller.current().subject(), support, notes,
                household.townCode());
        households.insertVisit(visit, notes == null ? null : vault.seal(householdId, NOTES, notes), clock.instant());
        audit.record("household.visited", "hardship-visit", visit.id(), null, visit.withoutNotes());
        return visit.withoutNotes();
    }

    @Transactional(readOnly = true)
    List<HardshipVisit> visits(UUID householdId) {
        visible(householdId);
        return households.visits(householdId).stream().map(stored -> stored.visit().withNotes(stored.sealedNotes() == null ? null
                : vault.open(householdId, NOTES, stored.sealedNotes(), String.class).orElse(null))).toList();
    }

    /** A town's activity takes that town's caller; a city-wide one (no town) a city-wide caller. */
    FamilyActivity organise(UUID requestedId, ActivityKind kind, String title, LocalDate heldOn, String townCode, String place, UUID host,
                            List<UUID> participants) {
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
        if (host != null && organizations.liveOrganization(host).isEmpty()) {
            throw ApiException.invalid("hostOrganizationId", "UNKNOWN_ORGANIZATION", host);
        }
        notInFuture("heldOn", heldOn);
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (households.activityExists(id)) {
            throw ApiException.conflict("ACTIVITY_ID_TAKEN", id);
        }
        requireHouseholds(participants);
        FamilyActivity activity = new FamilyActivity(id, kind, title, heldOn, townCode, place, host, 0);
        households.insertActivity(activity, participants, clock.instant());
        audit.record("family-activity.organised", "family-activity", id, null, activity);
        return households.activity(id).orElseThrow();
    }

    /** Households added to an activity after the fact (sign-in sheets come in late); one already listed is not counted twice. */
    FamilyActivity addParticipants(UUID activityId, List<UUID> participants) {
        FamilyActivity activity = activity(activityId);
        if (activity.townCode() != null) {
            TownScope.requireActsIn(activity.townCode());
        } else if (!Caller.current().isCityWide()) {
            throw ApiException.forbidden("CITY_WIDE_ONLY");
        }
        requireHouseholds(participants);
        households.addParticipants(activityId, participants);
        audit.record("family-activity.participants-added", "family-activity", activityId, null, participants);
        return households.activity(activityId).orElseThrow();
    }

    @Transactional(readOnly = true)
    FamilyActivity activity(UUID id) {
        return TownScope.requireVisible(households.activity(id), FamilyActivity::townCode,
                () -> ApiException.notFound("ACTIVITY_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<FamilyActivity> activities(String townCode, ActivityKind kind, LocalDate from, LocalDate to, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return households.activities(town, kind, from, to, query);
    }

    /** For donations: a household the caller may allocate to. */
    public void requireVisible(UUID householdId) {
        visible(householdId);
    }

    private void requireHouseholds(List<UUID> participants) {
        List<UUID> distinct = List.copyOf(new HashSet<>(participants));
        List<Household> found = households.findAll(distinct);
        if (found.size() != distinct.size() || found.stream().anyMatch(household -> !TownScope.isVisible(household.townCode()))) {
            throw ApiException.invalid("householdIds", "UNKNOWN_HOUSEHOLDS");
        }
    }

    private Household visible(UUID id) {
        return TownScope.requireVisible(households.find(id), Household::townCode, () -> ApiException.notFound("HOUSEHOLD_NOT_FOUND", id));
    }

    private HouseholdView view(Household household) {
        return HouseholdView.of(household, vault.open(household.id(), SEALED_AS, households.sealedPersonal(household.id()),
                HouseholdPersonalData.class).map(HouseholdPersonalData::masked).orElse(null));
    }

    private static LocalDate notInFuture(String field, LocalDate day) {
        if (day.isAfter(BusinessDates.today())) {
            throw ApiException.invalid(field, "IN_THE_FUTURE");
        }
        return day;
    }
}
