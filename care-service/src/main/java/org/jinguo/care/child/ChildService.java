package org.jinguo.care.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jinguo.audit.AuditTrail;
import org.jinguo.care.protection.PersonalDataAccessRepository;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.reference.KnownRegions;
import org.jinguo.values.ResidentIdNumber;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's cases. Who sees a case: staff of its town (and city-wide staff), the caring mother
 * matched to the child and the helpers attached, and a partner agency while the consent to share
 * holds; anyone else gets 404, so a case's existence is not revealed. Personal data is masked for
 * all of them; clear values only through a reveal with a stated purpose, which is logged. The
 * audit trail records cases without their personal data, not even masked, since it is never erased.
 */
@Service
@Transactional
public class ChildService {

    private static final String SEALED_AS = "child";

    private final ChildRepository children;
    private final PersonalDataVault vault;
    private final PersonalDataAccessRepository accessLog;
    private final ChildCarers carers;
    private final KnownRegions regions;
    private final ChildEvents events;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final int retentionYears;

    ChildService(ChildRepository children, PersonalDataVault vault, PersonalDataAccessRepository accessLog, ChildCarers carers, KnownRegions regions,
                 ChildEvents events, AuditTrail audit, ApplicationEventPublisher publisher,
                 @Value("${jinguo.care.children.retention-years:3}") int retentionYears) {
        this.children = children;
        this.vault = vault;
        this.accessLog = accessLog;
        this.carers = carers;
        this.regions = regions;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
        this.retentionYears = retentionYears;
    }

    ChildView register(UUID requestedId, ChildProfile profile, LocalDate registeredOn, ChildPersonalData personal) {
        TownScope.requireActsIn(profile.townCode());
        checkPlace(profile);
        LocalDate on = registeredOn == null ? BusinessDates.today() : registeredOn;
        if (on.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("registeredOn", "IN_THE_FUTURE");
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (children.exists(id)) {
            throw ApiException.conflict("CHILD_ID_TAKEN", id);
        }
        SealedChildData sealed = seal(id, personal, true);
        if (sealed.idNumberHash() != null && children.idNumberTaken(sealed.idNumberHash(), id)) {
            throw ApiException.conflict("CHILD_ALREADY_REGISTERED");
        }
        Child child = Child.register(id, children.nextCaseNumber(on), profile, on);
        children.insert(child, sealed);
        audit.record("child.registered", "child", id, null, ChildView.of(child, null));
        events.registered(child);
        return ChildView.of(child, personal.masked());
    }

    /** A null {@code personal} keeps the personal data as sealed. */
    ChildView revise(UUID id, long expectedVersion, ChildProfile profile, @Nullable ChildPersonalData personal) {
        Child child = staffChild(id);
        TownScope.requireActsIn(profile.townCode());
        checkPlace(profile);
        ChildView before = ChildView.of(child, null);
        requireVersion(child, expectedVersion);
        child.revise(profile);
        Optional<ChildPersonalData> kept = personal == null ? personal(child) : Optional.empty();
        kept.ifPresent(data -> requireBirthYearOf(data, profile.birthYear()));
        SealedChildData sealed = personal == null ? null : seal(id, personal, false);
        if (sealed != null && sealed.idNumberHash() != null && children.idNumberTaken(sealed.idNumberHash(), id)) {
            throw ApiException.conflict("CHILD_ALREADY_REGISTERED");
        }
        save(child, expectedVersion);
        audit.record("child.revised", "child", id, before, ChildView.of(child, null));
        if (sealed != null) {
            children.replacePersonal(id, sealed);
            // Which fields changed is not said: the trail holds no personal data, clear or masked.
            audit.record("child.personal-data-replaced", "child", id, null, null);
        }
        ChildPersonalData shown = personal == null ? kept.orElse(null) : personal;
        return ChildView.of(child, shown == null ? null : shown.masked());
    }

    /** The birth year must stay the one the ID number kept on record states. */
    private static void requireBirthYearOf(ChildPersonalData kept, int birthYear) {
        Optional.ofNullable(kept.idNumber()).flatMap(ResidentIdNumber::parse).map(ResidentIdNumber::birthYear)
                .filter(stated -> stated != birthYear)
                .ifPresent(stated -> {
                    throw ApiException.invalid("birthYear", "BIRTH_YEAR_NOT_IN_ID_NUMBER", stated);
                });
    }

    ChildView assess(UUID id, long expectedVersion, Needs needs, LocalDate on) {
        notInFuture("assessedOn", on);
        return change(id, expectedVersion, "child.assessed", child -> child.assess(needs, on));
    }

    ChildView giveConsent(UUID id, long expectedVersion, ConsentKind kind, LocalDate on) {
        notInFuture("givenOn", on);
        return change(id, expectedVersion, "child.consent-given", child -> child.giveConsent(kind, on));
    }

    /** A withdrawal is announced, so partner-facing copies are dropped; without consent to services the case leaves matching. */
    ChildView withdrawConsent(UUID id, long expectedVersion, ConsentKind kind, LocalDate on) {
        notInFuture("withdrawnOn", on);
        return change(id, expectedVersion, "child.consent-withdrawn", child -> {
            if (!child.withdrawConsent(kind, on)) {
                throw ApiException.conflict("NO_CONSENT_TO_WITHDRAW", kind);
            }
            events.consentWithdrawn(child, kind, on);
            if (kind == ConsentKind.SERVICE) {
                publisher.publishEvent(new ChildLeftMatching(child.id(), on, "CONSENT_WITHDRAWN"));
            } else {
                publisher.publishEvent(new SharingWithdrawn(child.id(), on));
            }
        });
    }

    ChildView close(UUID id, long expectedVersion, CloseReason reason, LocalDate on) {
        notInFuture("closedOn", on);
        return change(id, expectedVersion, "child.closed", child -> {
            child.close(reason, on);
            publisher.publishEvent(new ChildLeftMatching(child.id(), on, "CASE_CLOSED"));
        });
    }

    /** Destroys the child's data key once the case is closed and its retention period over; the case itself stays, for the statistics. */
    ChildView erase(UUID id) {
        Child child = staffChild(id);
        if (child.erased()) {
            return masked(child);
        }
        if (!child.retentionOverOn(BusinessDates.today(), retentionYears)) {
            throw ApiException.conflict("RETENTION_NOT_OVER", child.caseNumber(), retentionYears);
        }
        vault.erase(id);
        children.markErased(id);
        audit.record("child.erased", "child", id, null, null);
        return ChildView.of(children.find(id).orElseThrow(), null);
    }

    /** The clear personal data, for a stated purpose, written to the access log in the same transaction. */
    ChildPersonalData reveal(UUID id, String purpose) {
        Child child = staffChild(id);
        ChildPersonalData personal = personal(child).orElseThrow(() -> ApiException.conflict("CHILD_ERASED", child.caseNumber()));
        accessLog.record("child", id, purpose);
        return personal;
    }

    @Transactional(readOnly = true)
    ChildView child(UUID id) {
        return masked(visibleChild(id));
    }

    @Transactional(readOnly = true)
    Page<ChildView> children(ChildStatus status, ChildCategory category, String townCode, String idNumber, String phone,
                             OffsetDateTime updatedSince, PageQuery query) {
        Caller caller = Caller.current();
        String town = null;
        List<UUID> only = null;
        LocalDate sharedOn = null;
        if (caller.hasRole("CARING_MOTHER") || caller.hasRole("HELPER")) {
            only = carers.childrenCaredForBy(caller);
            town = townCode;
        } else if (caller.isPartner()) {
            sharedOn = BusinessDates.today();
            town = townCode;
        } else {
            town = TownScope.listFilter(townCode);
        }
        if ((idNumber != null || phone != null) && !isStaff(caller)) {
            throw ApiException.forbidden("LOOKUP_STAFF_ONLY");
        }
        ChildFilter filter = new ChildFilter(town, status, category, idNumber == null ? null : vault.lookupHash(idNumber.toUpperCase()),
                phone == null ? null : vault.lookupHash(phone), only, sharedOn, updatedSince);
        return children.search(filter, query).map(this::masked);
    }

    /** A case for staff acting on it: visible to them (their town, or city-wide). */
    public Child staffChild(UUID id) {
        return TownScope.requireVisible(children.find(id), child -> child.profile().townCode(), () -> notFound(id));
    }

    /** A case for whoever may see it (see the class comment), else 404. */
    public Child visibleChild(UUID id) {
        Caller caller = Caller.current();
        Child child = children.find(id).orElseThrow(() -> notFound(id));
        boolean visible;
        if (caller.hasRole("CARING_MOTHER") || caller.hasRole("HELPER")) {
            visible = isStaff(caller) && caller.actsIn(child.profile().townCode()) || carers.childrenCaredForBy(caller).contains(id);
        } else if (caller.isPartner()) {
            visible = child.consent(ConsentKind.SHARING).holdsOn(BusinessDates.today());
        } else {
            visible = caller.actsIn(child.profile().townCode());
        }
        if (!visible) {
            throw notFound(id);
        }
        return child;
    }

    /** For referrals: whether the guardian's consent to share the case holds today. */
    @Transactional(readOnly = true)
    public boolean sharedWithPartners(UUID id) {
        return children.find(id).map(child -> child.consent(ConsentKind.SHARING).holdsOn(BusinessDates.today())).orElse(false);
    }

    /** For matching and visits: the case locked for a change of status. */
    public Child lock(UUID id) {
        return children.lock(id).orElseThrow(() -> notFound(id));
    }

    /** For matching: the cases waiting for a caring mother on the day, in the town or everywhere. */
    @Transactional(readOnly = true)
    public List<Child> awaitingMatch(String townCode, LocalDate on) {
        return children.awaitingMatch(townCode).stream().filter(child -> child.awaitsMatchOn(on)).toList();
    }

    /** For matching: whether the case may get a proposal now. */
    public boolean awaitsMatch(Child child) {
        return child.awaitsMatchOn(BusinessDates.today());
    }

    public void matched(Child child) {
        long read = child.version();
        child.matched();
        save(child, read);
    }

    public void matchEnded(Child child) {
        long read = child.version();
        child.matchEnded();
        save(child, read);
    }

    public void visited(Child child) {
        long read = child.version();
        child.visited();
        save(child, read);
    }

    private ChildView change(UUID id, long expectedVersion, String action, java.util.function.Consumer<Child> change) {
        Child child = staffChild(id);
        ChildView before = ChildView.of(child, null);
        requireVersion(child, expectedVersion);
        change.accept(child);
        save(child, expectedVersion);
        audit.record(action, "child", id, before, ChildView.of(child, null));
        return masked(child);
    }

    private ChildView masked(Child child) {
        return ChildView.of(child, personal(child).map(ChildPersonalData::masked).orElse(null));
    }

    private Optional<ChildPersonalData> personal(Child child) {
        if (child.erased()) {
            return Optional.empty();
        }
        return vault.open(child.id(), SEALED_AS, children.sealedPersonal(child.id()), ChildPersonalData.class);
    }

    private SealedChildData seal(UUID id, ChildPersonalData personal, boolean newCase) {
        return new SealedChildData(newCase ? vault.sealNew(id, SEALED_AS, personal) : vault.seal(id, SEALED_AS, personal), personal.idNumber() == null ? null : vault.lookupHash(personal.idNumber()),
                personal.phone() == null ? null : vault.lookupHash(personal.phone()));
    }

    private void checkPlace(ChildProfile profile) {
        if (!regions.townExists(profile.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", profile.townCode());
        }
        if (profile.villageId() != null && !regions.townOfActiveVillage(profile.villageId()).filter(profile.townCode()::equals).isPresent()) {
            throw ApiException.invalid("villageId", "UNKNOWN_VILLAGE_IN_TOWN", profile.townCode());
        }
    }

    private static void notInFuture(String field, LocalDate day) {
        if (day.isAfter(BusinessDates.today())) {
            throw ApiException.invalid(field, "IN_THE_FUTURE");
        }
    }

    private static void requireVersion(Child child, long expectedVersion) {
        Versions.requireUnchanged(child.version(), expectedVersion);
    }

    private void save(Child child, long readVersion) {
        Versions.requireWritten(children.update(child, readVersion));
    }

    private static boolean isStaff(Caller caller) {
        return caller.hasRole("CITY_ADMIN") || caller.hasRole("CARE_STAFF") || caller.hasRole("TOWN_STAFF");
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("CHILD_NOT_FOUND", id);
    }
}
