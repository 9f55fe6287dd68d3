package org.jinguo.care.mediation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.mediation.MediationRepository.Stored;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Family-dispute mediation cases: opened with their parties (sealed), mediated, closed with an outcome. */
@Service
@Transactional
@RequiredArgsConstructor
class MediationService {

    private static final String PARTIES = "mediation-parties";
    private static final String OUTCOME = "mediation-outcome";

    private final MediationRepository cases;
    private final PersonalDataVault vault;
    private final KnownRegions regions;
    private final AuditTrail audit;

    MediationCase open(UUID requestedId, DisputeKind kind, List<Party> parties, String townCode, LocalDate openedOn) {
        TownScope.requireActsIn(townCode);
        if (!regions.townExists(townCode)) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", townCode);
        }
        LocalDate on = openedOn == null ? BusinessDates.today() : openedOn;
        if (on.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("openedOn", "IN_THE_FUTURE");
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (cases.exists(id)) {
            throw ApiException.conflict("MEDIATION_ID_TAKEN", id);
        }
        Stored stored = new Stored(id, cases.nextCaseNumber(on), kind, vault.sealNew(id, PARTIES, parties), townCode, on, MediationStatus.OPEN,
                null, null, null, 1);
        cases.insert(stored);
        MediationCase opened = view(stored);
        audit.record("mediation.opened", "mediation-case", id, null, opened.withoutParties());
        return opened;
    }

    MediationCase startMediating(UUID id, long expectedVersion) {
        Stored stored = visible(id, expectedVersion);
        if (stored.status() != MediationStatus.OPEN) {
            throw ApiException.conflict("MEDIATION_STATUS", stored.caseNumber(), stored.status());
        }
        return save(stored, new Stored(id, stored.caseNumber(), stored.kind(), stored.sealedParties(), stored.townCode(), stored.openedOn(),
                MediationStatus.MEDIATING, null, null, null, stored.version() + 1), "mediation.started");
    }

    MediationCase close(UUID id, long expectedVersion, MediationOutcome outcome, String notes, LocalDate closedOn) {
        Stored stored = visible(id, expectedVersion);
        if (stored.status() == MediationStatus.CLOSED) {
            throw ApiException.conflict("MEDIATION_STATUS", stored.caseNumber(), stored.status());
        }
        if (closedOn.isBefore(stored.openedOn()) || closedOn.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("closedOn", "DATE_OUT_OF_RANGE", stored.openedOn(), BusinessDates.today());
        }
        return save(stored, new Stored(id, stored.caseNumber(), stored.kind(), stored.sealedParties(), stored.townCode(), stored.openedOn(),
                MediationStatus.CLOSED, outcome, notes == null ? null : vault.seal(id, OUTCOME, notes), closedOn, stored.version() + 1),
                "mediation.closed");
    }

    @Transactional(readOnly = true)
    MediationCase mediationCase(UUID id) {
        return view(visible(id));
    }

    @Transactional(readOnly = true)
    Page<MediationCase> cases(String townCode, MediationStatus status, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return cases.search(town, status, query).map(this::view);
    }

    /**
     * Answered without the outcome's notes, which a write's answer kept by the idempotency store
     * would hold in clear; audited without the parties either, since the audit is never erased.
     */
    private MediationCase save(Stored before, Stored after, String action) {
        Versions.requireWritten(cases.update(after, before.version()));
        MediationCase changed = view(after).withoutNotes();
        audit.record(action, "mediation-case", after.id(), view(before).withoutParties(), changed.withoutParties());
        return changed;
    }

    private Stored visible(UUID id, long expectedVersion) {
        Stored stored = visible(id);
        Versions.requireUnchanged(stored.version(), expectedVersion);
        return stored;
    }

    private Stored visible(UUID id) {
        return TownScope.requireVisible(cases.find(id), Stored::townCode, () -> ApiException.notFound("MEDIATION_NOT_FOUND", id));
    }

    private MediationCase view(Stored stored) {
        List<Party> parties = vault.open(stored.id(), PARTIES, stored.sealedParties(), Party[].class)
                .map(all -> Arrays.stream(all).map(Party::masked).toList()).orElse(null);
        String notes = vault.open(stored.id(), OUTCOME, stored.sealedOutcome(), String.class).orElse(null);
        return new MediationCase(stored.id(), stored.caseNumber(), stored.kind(), parties, stored.townCode(), stored.openedOn(), stored.status(),
                stored.outcome(), notes, stored.closedOn(), stored.version());
    }
}
