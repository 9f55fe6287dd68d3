package org.jinguo.care.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jinguo.care.child.Child;
import org.jinguo.care.child.ChildLeftMatching;
import org.jinguo.care.child.ChildService;
import org.jinguo.care.matching.MatchRepository.MatchFilter;
import org.jinguo.care.matching.MatchingFactsService.Picture;
import org.jinguo.care.matching.Planner.Plan;
import org.jinguo.care.matching.Planner.Proposal;
import org.jinguo.care.mother.CaringMother;
import org.jinguo.care.mother.MotherLeft;
import org.jinguo.care.mother.MotherService;
import org.jinguo.care.mother.MotherStatus;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes caring mothers for children and keeps each match's history. A batch run plans every
 * waiting child of a town (or the city) at once, optimally; a single child gets her best few
 * candidates. Staff confirm one proposal per child (the mother locked, so her capacity holds
 * under concurrent confirmations) or reject it. A mother's withdrawal, a closed case or a
 * withdrawn consent ends the match.
 */
@Service
@Transactional
class MatchService {

    private final MatchRepository matches;
    private final MatchingRunRepository runs;
    private final MatchingFactsService facts;
    private final ChildService children;
    private final MotherService mothers;
    private final MatchEvents events;
    private final AuditTrail audit;
    private final Clock clock;
    private final int proposalsPerChild;

    MatchService(MatchRepository matches, MatchingRunRepository runs, MatchingFactsService facts, ChildService children, MotherService mothers,
                 MatchEvents events, AuditTrail audit, Clock clock, @Value("${jinguo.care.matching.proposals-per-child:3}") int proposalsPerChild) {
        this.matches = matches;
        this.runs = runs;
        this.facts = facts;
        this.children = children;
        this.mothers = mothers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.proposalsPerChild = proposalsPerChild;
    }

    /** Plans every waiting child in scope; their open proposals are superseded by the run's. */
    MatchingRun run(String townCode) {
        String town = TownScope.listFilter(townCode);
        runs.lockRuns();
        LocalDate today = BusinessDates.today();
        Picture picture = facts.picture(town, today);
        Plan plan = new Planner(picture.rules(), today, picture.rejected()).batch(picture.children(), picture.mothers());
        if (!picture.children().isEmpty()) {
            matches.supersedeProposalsFor(picture.children().stream().map(ChildFacts::id).toList());
        }
        UUID runId = UuidV7.next();
        Instant now = clock.instant();
        MatchingRun run = new MatchingRun(runId, town, today, Caller.current().subject(), now, picture.children().size(),
                picture.mothers().size(), plan.feasiblePairs(), plan.proposals().size(), plan.totalScore(), plan.solveMillis());
        runs.insert(run);
        for (Proposal proposal : plan.proposals()) {
            propose(proposal, runId, now);
        }
        audit.record("matching.run", "matching-run", runId, null, run);
        return run;
    }

    /** Proposes the child's best candidates now, replacing her open proposals. */
    List<MatchView> proposeFor(UUID childId) {
        Child child = children.staffChild(childId);
        if (!children.awaitsMatch(child)) {
            throw ApiException.conflict("CHILD_NOT_WAITING", child.caseNumber(), child.status());
        }
        Picture picture = facts.pictureFor(child);
        List<Proposal> best = new Planner(picture.rules(), BusinessDates.today(), picture.rejected()).best(picture.children().get(0), picture.mothers(),
                proposalsPerChild);
        matches.supersedeProposalsFor(List.of(childId));
        Instant now = clock.instant();
        List<MatchView> proposed = new ArrayList<>();
        for (Proposal proposal : best) {
            proposed.add(MatchView.of(propose(proposal, null, now)));
        }
        return proposed;
    }

    /** Her safeguarding check must be valid on the day staff decide; startedOn may lie in the past, for records imported late. */
    MatchView confirm(UUID id, long expectedVersion, LocalDate startedOn) {
        Match match = visibleMatch(id);
        requireVersion(match, expectedVersion);
        LocalDate on = startedOn == null ? BusinessDates.today() : startedOn;
        if (on.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("startedOn", "IN_THE_FUTURE");
        }
        Child child = children.lock(match.childId());
        if (!children.awaitsMatch(child)) {
            throw ApiException.conflict("CHILD_NOT_WAITING", child.caseNumber(), child.status());
        }
        if (on.isBefore(child.registeredOn())) {
            throw ApiException.invalid("startedOn", "BEFORE_REGISTRATION", child.registeredOn());
        }
        CaringMother mother = mothers.lock(match.motherId());
        if (mother.status() != MotherStatus.ACTIVE) {
            throw ApiException.conflict("MOTHER_NOT_ACTIVE", mother.id(), mother.status());
        }
        if (matches.confirmedCount(mother.id()) >= mother.profile().capacity()) {
            throw ApiException.conflict("MOTHER_FULL", mother.id(), mother.profile().capacity());
        }
        if (!mother.safeguardingValidOn(BusinessDates.today(), facts.safeguardingValidMonths())) {
            throw ApiException.conflict("SAFEGUARDING_CHECK_EXPIRED", mother.id());
        }
        MatchView before = MatchView.of(match);
        match.confirm(on, Caller.current().subject(), clock.instant());
        save(match, expectedVersion);
        children.matched(child);
        matches.supersedeProposalsFor(List.of(child.id()));
        events.confirmed(match);
        MatchView after = MatchView.of(match);
        audit.record("match.confirmed", "match", id, before, after);
        return after;
    }

    MatchView reject(UUID id, long expectedVersion, String note) {
        Match match = visibleMatch(id);
        requireVersion(match, expectedVersion);
        MatchView before = MatchView.of(match);
        match.reject(note, Caller.current().subject(), clock.instant());
        save(match, expectedVersion);
        MatchView after = MatchView.of(match);
        audit.record("match.rejected", "match", id, before, after);
        return after;
    }

    MatchView end(UUID id, long expectedVersion, LocalDate endedOn) {
        Match match = visibleMatch(id);
        requireVersion(match, expectedVersion);
        if (endedOn.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("endedOn", "IN_THE_FUTURE");
        }
        MatchView before = MatchView.of(match);
        end(match, endedOn, "ENDED_BY_STAFF");
        children.matchEnded(children.lock(match.childId()));
        MatchView after = MatchView.of(match);
        audit.record("match.ended", "match", id, before, after);
        return after;
    }

    /** Her children are matched anew: their matches end on the day she withdrew, and they wait again. */
    @EventListener
    void on(MotherLeft left) {
        for (Match match : matches.confirmedOfMother(left.motherId())) {
            end(match, left.on().isBefore(match.startedOn()) ? match.startedOn() : left.on(), "MOTHER_WITHDREW");
            children.matchEnded(children.lock(match.childId()));
        }
        matches.supersedeProposalsOfMother(left.motherId());
    }

    @EventListener
    void on(ChildLeftMatching left) {
        matches.confirmedOfChild(left.childId())
                .ifPresent(match -> end(match, left.on().isBefore(match.startedOn()) ? match.startedOn() : left.on(), left.reason()));
        matches.supersedeProposalsFor(List.of(left.childId()));
    }

    @Transactional(readOnly = true)
    MatchView match(UUID id) {
        return MatchView.of(visibleMatch(id));
    }

    @Transactional(readOnly = true)
    Page<MatchView> matches(MatchFilter filter, PageQuery query) {
        MatchFilter scoped = new MatchFilter(filter.status(), filter.childId(), filter.motherId(), filter.runId(),
                TownScope.listFilter(filter.townCode()), filter.updatedSince());
        return matches.search(scoped, query).map(MatchView::of);
    }

    /** A caring mother's own matches: what she was entrusted with, not what staff weighed. */
    @Transactional(readOnly = true)
    Page<MatchView> ownMatches(OffsetDateTime updatedSince, PageQuery query) {
        UUID mother = mothers.motherOf(Caller.current().subject()).orElseThrow(() -> ApiException.notFound("NO_MOTHER_RECORD", "-"));
        return matches.entrustedTo(mother, updatedSince, query).map(MatchView::of);
    }

    @Transactional(readOnly = true)
    MatchingRun matchingRun(UUID id) {
        return TownScope.requireVisible(runs.find(id), MatchingRun::townCode, () -> ApiException.notFound("MATCHING_RUN_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<MatchingRun> matchingRuns(String townCode, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return runs.recent(town, query);
    }

    private Match propose(Proposal proposal, UUID runId, Instant at) {
        Match match = Match.propose(UuidV7.next(), proposal.child().id(), proposal.mother().id(), runId, proposal.score(),
                proposal.child().place().townCode(), at);
        matches.insert(match);
        events.proposed(match);
        return match;
    }

    private void end(Match match, LocalDate on, String reason) {
        long read = match.version();
        match.end(on, reason);
        save(match, read);
        events.ended(match);
    }

    private Match visibleMatch(UUID id) {
        return TownScope.requireVisible(matches.find(id), Match::townCode, () -> ApiException.notFound("MATCH_NOT_FOUND", id));
    }

    private static void requireVersion(Match match, long expectedVersion) {
        Versions.requireUnchanged(match.version(), expectedVersion);
    }

    private void save(Match match, long readVersion) {
        Versions.requireWritten(matches.update(match, readVersion));
    }
}
