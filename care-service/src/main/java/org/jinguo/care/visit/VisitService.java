package org.jinguo.care.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jinguo.care.child.Child;
import org.jinguo.care.child.ChildService;
import org.jinguo.care.helper.HelperAccountRepository;
import org.jinguo.care.matching.CurrentMatchService;
import org.jinguo.care.matching.CurrentMatchService.CurrentMatch;
import org.jinguo.care.mother.MotherService;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.care.visit.VisitRepository.Stored;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits and service records. A caring mother logs them for the children she is matched to, a
 * helper for the children she supports, staff for any child of their town under a match. The
 * client may give the id, so a record made offline and sent twice is stored once.
 */
@Service
@Transactional
class VisitService {

    private static final String NOTES = "visit-notes";

    private final VisitRepository visits;
    private final ChildService children;
    private final CurrentMatchService currentMatches;
    private final MotherService mothers;
    private final HelperAccountRepository helpers;
    private final PersonalDataVault vault;
    private final VisitEvents events;
    private final AuditTrail audit;
    private final Clock clock;
    private final int overdueAfterDays;

    VisitService(VisitRepository visits, ChildService children, CurrentMatchService currentMatches, MotherService mothers, HelperAccountRepository helpers,
                 PersonalDataVault vault, VisitEvents events, AuditTrail audit, Clock clock,
                 @Value("${jinguo.care.visits.overdue-after-days:30}") int overdueAfterDays) {
        this.visits = visits;
        this.children = children;
        this.currentMatches = currentMatches;
        this.mothers = mothers;
        this.helpers = helpers;
        this.vault = vault;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.overdueAfterDays = overdueAfterDays;
    }

    record Logged(Visit visit, boolean created) {
    }

    Logged log(UUID requestedId, UUID childId, VisitKind kind, LocalDate visitedOn, int durationMinutes, String notes) {
        Child child = children.visibleChild(childId);
        Caller caller = Caller.current();
        String contentHash = vault.lookupHash(String.join("\u0000", childId.toString(), kind.name(), visitedOn.toString(),
                Integer.toString(durationMinutes), notes == null ? "" : notes));
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        Optional<Stored> earlier = visits.find(id);
        if (earlier.isPresent()) {
            return replay(earlier.get(), childId, contentHash);
        }
        if (visitedOn.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("visitedOn", "IN_THE_FUTURE");
        }
        CurrentMatch match = currentMatches.of(childId).orElseThrow(() -> ApiException.conflict("CHILD_NOT_MATCHED", child.caseNumber()));
        if (visitedOn.isBefore(match.startedOn())) {
            throw ApiException.invalid("visitedOn", "BEFORE_MATCH", match.startedOn());
        }
        UUID helperId = null;
        if (caller.hasRole("HELPER") && !isStaff(caller)) {
            helperId = helpers.helperOf(caller.subject()).orElseThrow(() -> ApiException.forbidden("NO_HELPER_RECORD"));
        } else if (caller.hasRole("CARING_MOTHER") && !isStaff(caller)) {
            UUID motherId = mothers.motherOf(caller.subject()).orElseThrow(() -> ApiException.forbidden("NO_MOTHER_RECORD"));
            if (!motherId.equals(match.motherId())) {
                throw ApiException.notFound("CHILD_NOT_FOUND", childId);
            }
        } else {
            TownScope.requireActsIn(child.profile().townCode());
        }
        Visit visit = new Visit(id, childId, match.motherId(), helperId, caller.subject(), kind, visitedOn, durationMinutes, null,
                child.profile().townCode(), clock.instant());
        if (!visits.insert(visit, notes == null ? null : vault.seal(childId, NOTES, notes), contentHash)) {
            return replay(visits.find(id).orElseThrow(), childId, contentHash);
        }
        children.visited(children.lock(childId));
        events.logged(visit);
        audit.record("visit.logged", "visit", id, null, visit);
        return new Logged(visit, true);
    }

    /** The same record sent again (an offline client retrying) is answered as stored, without its notes; other content under its id is refused. */
    private static Logged replay(Stored earlier, UUID childId, String contentHash) {
        if (!earlier.contentHash().equals(contentHash) || !earlier.visit().childId().equals(childId)) {
            throw ApiException.conflict("VISIT_ID_TAKEN", earlier.visit().id());
        }
        return new Logged(earlier.visit(), false);
    }

    @Transactional(readOnly = true)
    Page<Visit> ofChild(UUID childId, OffsetDateTime updatedSince, PageQuery query) {
        children.visibleChild(childId);
        Caller caller = Caller.current();
        return visits.ofChild(childId, updatedSince, query).map(stored -> shown(stored, caller));
    }

    @Transactional(readOnly = true)
    Page<OverdueChild> overdue(Integer days, String townCode, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        int after = days == null ? overdueAfterDays : days;
        LocalDate today = BusinessDates.today();
        return Page.of(visits.overdue(today, after, town, query.offset(), query.size()), query, visits.countOverdue(today, after, town));
    }

    /** Notes are shown to staff and to whoever wrote them; other carers and partners see the visit without them. */
    private Visit shown(Stored stored, Caller caller) {
        boolean mayRead = isStaff(caller) || caller.subject().equals(stored.visit().loggedBy());
        String notes = mayRead && stored.sealedNotes() != null
                ? vault.open(stored.visit().childId(), NOTES, stored.sealedNotes(), String.class).orElse(null) : null;
        return stored.visit().withNotes(notes);
    }

    private static boolean isStaff(Caller caller) {
        return caller.hasRole("CITY_ADMIN") || caller.hasRole("CARE_STAFF") || caller.hasRole("TOWN_STAFF");
    }
}
