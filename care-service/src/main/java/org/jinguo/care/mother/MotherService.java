package org.jinguo.care.mother;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.care.mother.MotherRepository.SealedMother;
import org.jinguo.care.mother.MotherRepository.StatusChange;
import org.jinguo.care.protection.PersonalDataAccessRepository;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.events.training.CompletionRecordedV1;
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
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caring mothers: registered by staff of her town, certified by training (a CARING_MOTHER
 * completion for her person id, whichever of the two comes first), activated by staff, and
 * withdrawn, which re-opens her children for matching.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MotherService {

    private static final String SEALED_AS = "caring-mother";
    private static final String CARING_MOTHER_PROGRAMME = "CARING_MOTHER";

    private final MotherRepository mothers;
    private final PersonalDataVault vault;
    private final PersonalDataAccessRepository accessLog;
    private final KnownRegions regions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final MotherLoads loads;

    MotherView register(UUID requestedId, UUID personId, String accountSubject, MotherPersonalData personal, MotherProfile profile,
                        LocalDate registeredOn) {
        checkPlace(profile);
        LocalDate on = registeredOn == null ? BusinessDates.today() : registeredOn;
        if (on.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("registeredOn", "IN_THE_FUTURE");
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (mothers.exists(id)) {
            throw ApiException.conflict("MOTHER_ID_TAKEN", id);
        }
        SealedMother sealed = seal(id, personal, true);
        requireUnique(id, personId, accountSubject, sealed);
        CaringMother mother = CaringMother.register(id, personId, accountSubject, profile, on);
        mothers.insert(mother, sealed);
        mothers.recordStatus(id, MotherStatus.APPLICANT, on, null);
        if (personId != null) {
            mothers.certifiedOn(personId).ifPresent(completedOn -> certify(mother, completedOn));
        }
        audit.record("caring-mother.registered", "caring-mother", id, null, MotherView.of(mother, personal.masked()));
        return MotherView.of(mother, personal.masked());
    }

    /** A null {@code personal} keeps her personal data as sealed. */
    MotherView revise(UUID id, long expectedVersion, String accountSubject, @Nullable MotherPersonalData personal, MotherProfile profile) {
        CaringMother mother = lock(staffMother(id).id());
        checkPlace(profile);
        requireVersion(mother, expectedVersion);
        int children = loads.childrenOf(id);
        if (profile.capacity() < children) {
            throw ApiException.conflict("CAPACITY_BELOW_LOAD", children);
        }
        MotherView before = masked(mother);
        SealedMother sealed = personal == null ? null : seal(id, personal, false);
        requireUnique(id, null, accountSubject, sealed);
        mother.revise(profile, accountSubject);
        save(mother, expectedVersion);
        if (sealed != null) {
            mothers.replacePersonal(id, sealed);
        }
        MotherView after = personal == null ? masked(mother) : MotherView.of(mother, personal.masked());
        audit.record("caring-mother.revised", "caring-mother", id, before, after);
        return after;
    }

    /**
     * Staff activate, pause, resume or withdraw her; certifying by hand is CITY_ADMIN's, for
     * records from before the academy's. Activation needs a safeguarding check on record.
     */
    MotherView changeStatus(UUID id, long expectedVersion, MotherStatus status, LocalDate effectiveOn, String reason) {
        CaringMother mother = staffMother(id);
        requireVersion(mother, expectedVersion);
        if (effectiveOn.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("effectiveOn", "IN_THE_FUTURE");
        }
        if (status == MotherStatus.CERTIFIED && !Caller.current().hasRole("CITY_ADMIN")) {
            throw ApiException.forbidden("CERTIFIED_BY_TRAINING");
        }
        if (status == MotherStatus.ACTIVE && mother.profile().safeguardingCheckedOn() == null) {
            throw ApiException.conflict("SAFEGUARDING_CHECK_MISSING", id);
        }
        MotherView before = masked(mother);
        mother.become(status, effectiveOn);
        save(mother, expectedVersion);
        mothers.recordStatus(id, status, effectiveOn, reason);
        if (status == MotherStatus.WITHDRAWN) {
            publisher.publishEvent(new MotherLeft(id, effectiveOn));
        }
        MotherView after = masked(mother);
        audit.record("caring-mother.status-changed", "caring-mother", id, before, after);
        return after;
    }

    /**
     * training announced a completion: one of a CARING_MOTHER course is kept for her person id,
     * and an applicant registered with it is certified; others are not care's concern.
     */
    void completionRecorded(CompletionRecordedV1 completion) {
        if (!CARING_MOTHER_PROGRAMME.equals(completion.programmeCode())) {
            return;
        }
        mothers.certification(completion.personId(), completion.completedOn(), completion.courseId());
        mothers.ofPerson(completion.personId()).flatMap(mother -> mothers.lock(mother.id()))
                .ifPresent(mother -> certify(mother, completion.completedOn()));
    }

    private void certify(CaringMother mother, LocalDate completedOn) {
        if (mother.status() != MotherStatus.APPLICANT) {
            return;
        }
        long read = mother.version();
        LocalDate effectiveOn = completedOn.isBefore(mother.statusEffectiveOn()) ? mother.statusEffectiveOn() : completedOn;
        mother.become(MotherStatus.CERTIFIED, effectiveOn);
        save(mother, read);
        mothers.recordStatus(mother.id(), MotherStatus.CERTIFIED, effectiveOn, "CARING_MOTHER course completed");
    }

    MotherPersonalData reveal(UUID id, String purpose) {
        CaringMother mother = staffMother(id);
        MotherPersonalData personal = vault.open(id, SEALED_AS, mothers.sealedPersonal(id), MotherPersonalData.class)
                .orElseThrow(() -> ApiException.conflict("MOTHER_ERASED", id));
        accessLog.record("caring-mother", mother.id(), purpose);
        return personal;
    }

    @Transactional(readOnly = true)
    MotherView mother(UUID id) {
        return masked(staffMother(id));
    }

    /** The calling caring mother's own record, in clear: it is hers. */
    @Transactional(readOnly = true)
    MotherView own() {
        CaringMother mother = mothers.ofAccount(Caller.current().subject()).orElseThrow(() -> ApiException.notFound("NO_MOTHER_RECORD", "-"));
        return MotherView.of(mother, vault.open(mother.id(), SEALED_AS, mothers.sealedPersonal(mother.id()), MotherPersonalData.class).orElse(null));
    }

    @Transactional(readOnly = true)
    List<StatusChange> statusChanges(UUID id) {
        return mothers.statusChanges(staffMother(id).id());
    }

    @Transactional(readOnly = true)
    Page<MotherView> mothers(String townCode, MotherStatus status, Skill skill, String phone, OffsetDateTime updatedSince, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        String phoneHash = phone == null ? null : vault.lookupHash(phone);
        return mothers.search(town, status, skill, phoneHash, updatedSince, query).map(this::masked);
    }

    /** For matching: the ACTIVE mothers in the towns, every town when null. */
    @Transactional(readOnly = true)
    public List<CaringMother> active(List<String> townCodes) {
        return mothers.active(townCodes);
    }

    /** For matching: a mother locked while a match is confirmed, so two confirmations never exceed her capacity. */
    public CaringMother lock(UUID id) {
        return mothers.lock(id).orElseThrow(() -> notFound(id));
    }

    /** For visits: the caring mother a login belongs to. */
    @Transactional(readOnly = true)
    public Optional<UUID> motherOf(String accountSubject) {
        return mothers.ofAccount(accountSubject).map(CaringMother::id);
    }

    /** A mother for staff acting on her: visible to them (her town, or city-wide). */
    public CaringMother staffMother(UUID id) {
        return TownScope.requireVisible(mothers.find(id), mother -> mother.profile().townCode(), () -> notFound(id));
    }

    /** A masked name for lists elsewhere (proposals), without revealing anything more. */
    public String maskedName(UUID id) {
        return vault.open(id, SEALED_AS, mothers.sealedPersonal(id), MotherPersonalData.class).map(data -> data.masked().name()).orElse(null);
    }

    private MotherView masked(CaringMother mother) {
        return MotherView.of(mother, vault.open(mother.id(), SEALED_AS, mothers.sealedPersonal(mother.id()), MotherPersonalData.class)
                .map(MotherPersonalData::masked).orElse(null));
    }

    private SealedMother seal(UUID id, MotherPersonalData personal, boolean newMother) {
        return new SealedMother(newMother ? vault.sealNew(id, SEALED_AS, personal) : vault.seal(id, SEALED_AS, personal), personal.phone() == null ? null : vault.lookupHash(personal.phone()),
                personal.idNumber() == null ? null : vault.lookupHash(personal.idNumber()));
    }

    private void requireUnique(UUID id, UUID personId, String accountSubject, @Nullable SealedMother sealed) {
        if (mothers.taken("person_id", personId, id) || sealed != null && mothers.taken("id_number_hash", sealed.idNumberHash(), id)) {
            throw ApiException.conflict("MOTHER_ALREADY_REGISTERED");
        }
        if (mothers.taken("account_subject", accountSubject, id)) {
            throw ApiException.conflict("ACCOUNT_TAKEN");
        }
    }

    private void checkPlace(MotherProfile profile) {
        TownScope.requireActsIn(profile.townCode());
        if (!regions.townExists(profile.townCode())) {
            throw ApiException.invalid("profile.townCode", "UNKNOWN_TOWN", profile.townCode());
        }
        if (profile.villageId() != null && !regions.townOfActiveVillage(profile.villageId()).filter(profile.townCode()::equals).isPresent()) {
            throw ApiException.invalid("profile.villageId", "UNKNOWN_VILLAGE_IN_TOWN", profile.townCode());
        }
    }

    private static void requireVersion(CaringMother mother, long expectedVersion) {
        Versions.requireUnchanged(mother.version(), expectedVersion);
    }

    private void save(CaringMother mother, long readVersion) {
        Versions.requireWritten(mothers.update(mother, readVersion));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("MOTHER_NOT_FOUND", id);
    }
}
