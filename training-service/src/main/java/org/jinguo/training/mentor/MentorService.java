package org.jinguo.training.mentor;

import java.time.LocalDate;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.jinguo.training.person.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the academy's mentors and their cooperation agreements; town staff for their own town. */
@Service
@Transactional
@RequiredArgsConstructor
class MentorService {

    private final MentorRepository mentors;
    private final KnownRegions regions;
    private final PersonService people;
    private final AuditTrail audit;

    Mentor register(Mentor mentor) {
        requireValid(mentor);
        if (mentors.exists(mentor.id())) {
            throw ApiException.conflict("MENTOR_ID_TAKEN", mentor.id());
        }
        mentors.insert(mentor);
        audit.record("mentor.registered", "mentor", mentor.id(), null, mentor);
        return mentor;
    }

    Mentor revise(UUID id, long expectedVersion, Mentor revised) {
        Mentor current = mentor(id);
        TownScope.requireActsIn(current.townCode());
        Versions.requireUnchanged(current.version(), expectedVersion);
        requireValid(revised);
        Mentor next = new Mentor(id, revised.nameZh(), revised.expertise(), revised.organization(), revised.townCode(),
                revised.personId(), revised.joinedOn(), current.version() + 1);
        Versions.requireWritten(mentors.update(next, expectedVersion));
        audit.record("mentor.revised", "mentor", id, current, next);
        return next;
    }

    @Transactional(readOnly = true)
    Mentor mentor(UUID id) {
        return mentors.find(id).orElseThrow(() -> ApiException.notFound("MENTOR_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<Mentor> mentors(String townCode, PageQuery query) {
        return mentors.mentors(townCode, query);
    }

    /** A village party's town is the village's; the agreement counts in that town's figures. */
    Agreement sign(UUID requestedId, UUID mentorId, AgreementKind kind, AgreementParty party, LocalDate signedOn, LocalDate endsOn,
                   String summary) {
        mentor(mentorId);
        AgreementParty placed = party;
        if (party.village()) {
            String town = regions.townOfActiveVillage(party.villageId())
                    .orElseThrow(() -> ApiException.invalid("villageId", "UNKNOWN_VILLAGE", party.villageId()));
            placed = new AgreementParty(party.villageId(), null, town);
        } else if (party.townCode() != null && !regions.townExists(party.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", party.townCode());
        }
        TownScope.requireActsIn(placed.townCode());
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (mentors.agreementExists(id)) {
            throw ApiException.conflict("AGREEMENT_ID_TAKEN", id);
        }
        Agreement agreement = new Agreement(id, mentorId, kind, placed, signedOn, endsOn, null, summary, 1);
        mentors.insert(agreement);
        audit.record("agreement.signed", "agreement", id, null, AgreementView.of(agreement));
        return agreement;
    }

    Agreement terminate(UUID id, long expectedVersion, LocalDate on) {
        Agreement agreement = agreement(id);
        TownScope.requireActsIn(agreement.party().townCode());
        Versions.requireUnchanged(agreement.version(), expectedVersion);
        AgreementView before = AgreementView.of(agreement);
        agreement.terminate(on);
        Versions.requireWritten(mentors.updateTermination(agreement, expectedVersion));
        audit.record("agreement.terminated", "agreement", id, before, AgreementView.of(agreement));
        return agreement;
    }

    @Transactional(readOnly = true)
    Agreement agreement(UUID id) {
        return mentors.agreement(id).orElseThrow(() -> ApiException.notFound("AGREEMENT_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<Agreement> agreements(AgreementFilter filter, PageQuery query) {
        return mentors.agreements(filter, query);
    }

    private void requireValid(Mentor mentor) {
        TownScope.requireActsIn(mentor.townCode());
        if (mentor.townCode() != null && !regions.townExists(mentor.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", mentor.townCode());
        }
        if (mentor.personId() != null) {
            people.person(mentor.personId());
        }
    }
}
