package org.jinguo.training.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.commerce.EmploymentEndedV1;
import org.jinguo.events.commerce.EmploymentStartedV1;
import org.jinguo.audit.AuditTrail;
import org.jinguo.reference.KnownWorkshops;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.training.course.CourseService;
import org.jinguo.training.person.Person;
import org.jinguo.training.person.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Records what training led to, for women who attended the course: by staff (town staff for
 * their town's women), and from commerce-service's employment events, which either link an
 * outcome naming the same workshop or, for a woman training knows, record one owed to the course
 * she last attended before the job started.
 */
@Service
@Transactional
@RequiredArgsConstructor
class OutcomeService {

    private final OutcomeRepository outcomes;
    private final PersonService people;
    private final CourseService courses;
    private final KnownWorkshops workshops;
    private final OutcomeEvents events;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    Outcome record(UUID requestedId, UUID personId, UUID courseId, Employment employment, Long incomeBeforeFen, Long incomeAfterFen) {
        Person person = people.person(personId);
        TownScope.requireActsIn(person.townCode());
        courses.course(courseId);
        if (!outcomes.attended(personId, courseId)) {
            throw ApiException.conflict("NOT_A_TRAINEE", personId, courseId);
        }
        requireValid(employment);
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (outcomes.exists(id)) {
            throw ApiException.conflict("OUTCOME_ID_TAKEN", id);
        }
        Outcome outcome = new Outcome(id, personId, courseId, employment, incomeBeforeFen, incomeAfterFen, null, null, person.townCode(),
                clock.instant(), 1);
        outcomes.insert(outcome);
        audit.record("outcome.recorded", "outcome", id, null, OutcomeView.of(outcome));
        events.recorded(outcome);
        return outcome;
    }

    Outcome revise(UUID id, long expectedVersion, Employment employment, Long incomeBeforeFen, Long incomeAfterFen) {
        Outcome outcome = outcome(id);
        TownScope.requireActsIn(outcome.townCode());
        Versions.requireUnchanged(outcome.version(), expectedVersion);
        requireValid(employment);
        OutcomeView before = OutcomeView.of(outcome);
        outcome.revise(employment, incomeBeforeFen, incomeAfterFen);
        Versions.requireWritten(outcomes.update(outcome, expectedVersion));
        audit.record("outcome.revised", "outcome", id, before, OutcomeView.of(outcome));
        events.recorded(outcome);
        return outcome;
    }

    /** An outcome the caller may see: of a woman whose record she may see; others answer 404. */
    @Transactional(readOnly = true)
    Outcome outcome(UUID id) {
        Outcome outcome = outcomes.find(id).orElseThrow(() -> notFound(id));
        try {
            people.person(outcome.personId());
        } catch (ApiException hidden) {
            throw notFound(id);
        }
        return outcome;
    }

    @Transactional(readOnly = true)
    Page<Outcome> ofPerson(UUID personId, PageQuery query) {
        people.person(personId);
        return outcomes.ofPerson(personId, query);
    }

    /** commerce-service recorded an employment: link the outcome it came from, or record the one it is owed to a course. */
    void employmentStarted(EmploymentStartedV1 started) {
        if (started.personId() == null || outcomes.withEmployment(started.id()).isPresent()) {
            return;
        }
        Optional<Outcome> named = Optional.ofNullable(started.outcomeId()).flatMap(outcomes::find)
                .filter(outcome -> outcome.personId().equals(started.personId()))
                .or(() -> outcomes.unlinkedAt(started.personId(), started.workshopId()));
        if (named.isPresent()) {
            Outcome outcome = named.get();
            long read = outcome.version();
            if (outcome.linkEmployment(started.id())) {
                requireUpdated(outcomes.update(outcome, read));
                events.recorded(outcome);
            }
            return;
        }
        Optional<String> town = people.townOf(started.personId());
        Optional<UUID> course = town.flatMap(known -> outcomes.lastCourseAttendedBy(started.personId(),
                started.startedOn().plusDays(1).atStartOfDay(BusinessDates.ZONE).toOffsetDateTime()));
        if (course.isEmpty()) {
            return;
        }
        Outcome outcome = new Outcome(UuidV7.next(), started.personId(), course.get(),
                new Employment(started.workshopId(), null, started.startedOn()), null, started.monthlyPayFen(), started.id(), null,
                town.get(), clock.instant(), 1);
        outcomes.insert(outcome);
        events.recorded(outcome);
    }

    void employmentEnded(EmploymentEndedV1 ended) {
        outcomes.withEmployment(ended.id()).ifPresent(outcome -> {
            long read = outcome.version();
            outcome.employmentEnded(ended.endedOn());
            requireUpdated(outcomes.update(outcome, read));
            events.recorded(outcome);
        });
    }

    /** An outcome staff changed meanwhile: the event is applied again from a fresh read (the inbox retries it). */
    private static void requireUpdated(boolean updated) {
        if (!updated) {
            throw new IllegalStateException("the outcome changed while an employment event was applied");
        }
    }

    private void requireValid(Employment employment) {
        if (employment == null) {
            return;
        }
        if (employment.workshopId() != null && !workshops.known(employment.workshopId())) {
            throw ApiException.invalid("workshopId", "UNKNOWN_WORKSHOP", employment.workshopId());
        }
        if (employment.startedOn().isAfter(BusinessDates.today())) {
            throw ApiException.invalid("startedOn", "IN_THE_FUTURE");
        }
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("OUTCOME_NOT_FOUND", id);
    }

    /** What the outcomes API returns, and the audit trail keeps. */
    record OutcomeView(UUID id, UUID personId, UUID courseId, boolean employed, @Nullable UUID workshopId, @Nullable String workplace,
                       @Nullable LocalDate startedOn, @Nullable Long monthlyIncomeBeforeFen, @Nullable Long monthlyIncomeAfterFen,
                       @Nullable UUID employmentId, @Nullable LocalDate employmentEndedOn, String townCode, long version) {

        static OutcomeView of(Outcome outcome) {
            Employment employment = outcome.employment();
            return new OutcomeView(outcome.id(), outcome.personId(), outcome.courseId(), outcome.employed(),
                    employment == null ? null : employment.workshopId(), employment == null ? null : employment.workplace(),
                    employment == null ? null : employment.startedOn(), outcome.monthlyIncomeBeforeFen(),
                    outcome.monthlyIncomeAfterFen(), outcome.employmentId(), outcome.endedOn(), outcome.townCode(), outcome.version());
        }
    }
}
