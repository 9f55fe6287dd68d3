package org.jinguo.training.competition;

import java.math.BigDecimal;
import java.time.Clock;
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
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.training.person.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs competitions: staff set them up and enter contestants; each assigned judge gives one score
 * per contestant and criterion; staff publish the ranking once every score is in, which locks them.
 */
@Service
@Transactional
@RequiredArgsConstructor
class CompetitionService {

    private final CompetitionRepository competitions;
    private final PersonService people;
    private final KnownRegions regions;
    private final CompetitionEvents events;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    Competition organize(UUID requestedId, CompetitionPlan plan) {
        TownScope.requireActsIn(plan.townCode());
        if (plan.townCode() != null && !regions.townExists(plan.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", plan.townCode());
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (competitions.exists(id)) {
            throw ApiException.conflict("COMPETITION_ID_TAKEN", id);
        }
        Competition competition = new Competition(id, plan, null, 1);
        competitions.insert(competition);
        audit.record("competition.organized", "competition", id, null, plan);
        return competition;
    }

    @Transactional(readOnly = true)
    Competition competition(UUID id) {
        return competitions.find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    Page<Competition> competitions(String townCode, LocalDate from, LocalDate to, PageQuery query) {
        return Page.of(competitions.search(townCode, from, to, query.offset(), query.size()), query,
                competitions.count(townCode, from, to));
    }

    @Transactional(readOnly = true)
    List<UUID> contestants(UUID id) {
        competition(id);
        return competitions.contestants(id);
    }

    /** @return false when she was entered already */
    boolean enter(UUID id, UUID personId) {
        Competition competition = competitions.lock(id, false).orElseThrow(() -> notFound(id));
        TownScope.requireActsIn(competition.plan().townCode());
        competition.requireOpen();
        people.person(personId);
        boolean entered = competitions.addContestant(id, personId);
        if (entered) {
            audit.record("competition.contestant-entered", "competition", id, null, personId);
        }
        return entered;
    }

    /** A judge scores only the competitions she is assigned to, once per contestant and criterion, before publication. */
    Score score(UUID id, UUID contestantId, String criterion, BigDecimal value) {
        Competition competition = competitions.lock(id, false).orElseThrow(() -> notFound(id));
        String judge = Caller.current().subject();
        if (!competition.judgedBy(judge)) {
            throw ApiException.forbidden("NOT_A_JUDGE_HERE", id);
        }
        competition.requireOpen();
        if (!competition.scores(criterion)) {
            throw ApiException.invalid("criterion", "UNKNOWN_CRITERION", criterion);
        }
        if (!competitions.contestants(id).contains(contestantId)) {
            throw ApiException.invalid("contestantId", "NOT_A_CONTESTANT", contestantId);
        }
        Score score = new Score(judge, contestantId, criterion, value);
        if (!competitions.addScore(id, score, clock.instant())) {
            throw ApiException.conflict("SCORE_ALREADY_GIVEN", contestantId, criterion);
        }
        audit.record("competition.scored", "competition", id, null, score);
        return score;
    }

    /** The ranking as it stands (staff and judges), or as published (anyone). */
    @Transactional(readOnly = true)
    List<Placing> ranking(UUID id) {
        Competition competition = competition(id);
        if (competition.published()) {
            return competitions.placings(id);
        }
        Caller caller = Caller.current();
        boolean staff = caller.hasRole("CITY_ADMIN") || caller.hasRole("ACADEMY_STAFF")
                || caller.hasRole("TOWN_STAFF") && caller.actsIn(competition.plan().townCode());
        if (!staff && !competition.judgedBy(caller.subject())) {
            throw ApiException.forbidden("RESULTS_NOT_PUBLISHED", id);
        }
        return rank(competition);
    }

    /** Publishes the ranking once every judge has scored every contestant on every criterion; the scores are locked from then on. */
    Competition publish(UUID id, long expectedVersion) {
        Competition competition = competitions.lock(id, true).orElseThrow(() -> notFound(id));
        TownScope.requireActsIn(competition.plan().townCode());
        Versions.requireUnchanged(competition.version(), expectedVersion);
        competition.requireOpen();
        List<UUID> contestants = competitions.contestants(id);
        long expectedScores = (long) contestants.size() * competition.plan().judges().size() * competition.plan().criteria().size();
        if (contestants.isEmpty() || competitions.scores(id).size() != expectedScores) {
            throw ApiException.conflict("SCORES_INCOMPLETE", id, expectedScores);
        }
        List<Placing> placings = rank(competition);
        competition.publish(clock.instant());
        competitions.markPublished(competition);
        competitions.keepPlacings(id, placings);
        audit.record("competition.published", "competition", id, null, placings);
        events.published(competition, placings);
        return competition;
    }

    private List<Placing> rank(Competition competition) {
        return Ranking.rank(competition.plan().criteria(), competitions.contestants(competition.id()), competitions.scores(competition.id()),
                competition.plan().awards());
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("COMPETITION_NOT_FOUND", id);
    }
}
