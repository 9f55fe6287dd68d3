package org.jinguo.training.entrepreneur;

import java.time.LocalDate;
import java.util.List;
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

/** Keeps the association's members, the growth plan, and recommendations to outside contests; town staff for their own town. */
@Service
@Transactional
@RequiredArgsConstructor
class EntrepreneurService {

    private final EntrepreneurRepository entrepreneurs;
    private final KnownRegions regions;
    private final PersonService people;
    private final AuditTrail audit;

    Entrepreneur admit(Entrepreneur entrepreneur) {
        requireValid(entrepreneur);
        if (entrepreneurs.exists(entrepreneur.id())) {
            throw ApiException.conflict("ENTREPRENEUR_ID_TAKEN", entrepreneur.id());
        }
        entrepreneurs.insert(entrepreneur);
        audit.record("entrepreneur.admitted", "entrepreneur", entrepreneur.id(), null, entrepreneur);
        return entrepreneur;
    }

    Entrepreneur revise(UUID id, long expectedVersion, Entrepreneur revised) {
        Entrepreneur current = entrepreneur(id);
        TownScope.requireActsIn(current.townCode());
        Versions.requireUnchanged(current.version(), expectedVersion);
        requireValid(revised);
        Entrepreneur next = new Entrepreneur(id, revised.nameZh(), revised.enterprise(), revised.industry(), revised.townCode(),
                revised.personId(), revised.memberSince(), revised.secondGeneration(), current.version() + 1);
        Versions.requireWritten(entrepreneurs.update(next, expectedVersion));
        audit.record("entrepreneur.revised", "entrepreneur", id, current, next);
        return next;
    }

    @Transactional(readOnly = true)
    Entrepreneur entrepreneur(UUID id) {
        return entrepreneurs.find(id).orElseThrow(() -> ApiException.notFound("ENTREPRENEUR_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<Entrepreneur> entrepreneurs(String townCode, Boolean secondGeneration, PageQuery query) {
        return entrepreneurs.entrepreneurs(townCode, secondGeneration, query);
    }

    Recommendation recommend(UUID requestedId, UUID entrepreneurId, String contest, ContestLevel level, LocalDate recommendedOn) {
        Entrepreneur entrepreneur = entrepreneur(entrepreneurId);
        TownScope.requireActsIn(entrepreneur.townCode());
        if (recommendedOn.isBefore(entrepreneur.memberSince())) {
            throw ApiException.invalid("recommendedOn", "BEFORE_MEMBERSHIP", entrepreneur.memberSince());
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (entrepreneurs.recommendationExists(id)) {
            throw ApiException.conflict("RECOMMENDATION_ID_TAKEN", id);
        }
        Recommendation recommendation = Recommendation.make(id, entrepreneurId, contest, level, recommendedOn);
        entrepreneurs.insert(recommendation);
        audit.record("entrepreneur.recommended", "recommendation", id, null, RecommendationView.of(recommendation));
        return recommendation;
    }

    Recommendation decide(UUID id, long expectedVersion, RecommendationResult result, String award, LocalDate decidedOn) {
        Recommendation recommendation = recommendation(id);
        TownScope.requireActsIn(entrepreneur(recommendation.entrepreneurId()).townCode());
        Versions.requireUnchanged(recommendation.version(), expectedVersion);
        RecommendationView before = RecommendationView.of(recommendation);
        recommendation.decide(result, award, decidedOn);
        Versions.requireWritten(entrepreneurs.updateResult(recommendation, expectedVersion));
        audit.record("recommendation.decided", "recommendation", id, before, RecommendationView.of(recommendation));
        return recommendation;
    }

    @Transactional(readOnly = true)
    Recommendation recommendation(UUID id) {
        return entrepreneurs.recommendation(id).orElseThrow(() -> ApiException.notFound("RECOMMENDATION_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    List<Recommendation> recommendationsOf(UUID entrepreneurId) {
        entrepreneur(entrepreneurId);
        return entrepreneurs.recommendationsOf(entrepreneurId);
    }

    private void requireValid(Entrepreneur entrepreneur) {
        TownScope.requireActsIn(entrepreneur.townCode());
        if (entrepreneur.townCode() != null && !regions.townExists(entrepreneur.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", entrepreneur.townCode());
        }
        if (entrepreneur.personId() != null) {
            people.person(entrepreneur.personId());
        }
    }
}
