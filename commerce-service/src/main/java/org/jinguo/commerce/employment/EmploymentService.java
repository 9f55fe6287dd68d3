package org.jinguo.commerce.employment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.commerce.employment.WorkerRepository.WorkerListing;
import org.jinguo.commerce.workshop.Workshop;
import org.jinguo.commerce.workshop.WorkshopService;
import org.jinguo.events.training.OutcomeRecordedV1;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.values.MobilePhone;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employment at workshops, recorded by staff or brought about by training's outcomes. Whichever
 * arrives first, an outcome naming a workshop and the employment it describes end up as one
 * record linked both ways: an outcome links her current unlinked work at that workshop, or
 * creates it; an employment recorded here is announced for training to attribute to a course.
 */
@Service
@Transactional
@RequiredArgsConstructor
class EmploymentService {

    private final EmploymentRepository employments;
    private final WorkerRepository workers;
    private final WorkshopService workshops;
    private final KnownRegions regions;
    private final EmploymentEvents events;
    private final AuditTrail audit;

    Employment start(UUID requestedId, UUID workshopId, Employee employee, LocalDate startedOn, Long monthlyPayFen) {
        Workshop workshop = workshops.workshop(workshopId);
        TownScope.requireActsIn(workshop.profile().townCode());
        if (!workshop.activeOn(startedOn)) {
            throw ApiException.conflict("WORKSHOP_NOT_ACTIVE", workshopId, startedOn);
        }
        if (employee.workerId() != null && !workers.exists(employee.workerId())) {
            throw ApiException.invalid("workerId", "UNKNOWN_WORKER", employee.workerId());
        }
        employments.lockWorkshop(workshopId);
        if (employments.currentlyEmployed(employee, workshopId)) {
            throw ApiException.conflict("ALREADY_EMPLOYED_HERE", workshopId);
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (employments.exists(id)) {
            throw ApiException.conflict("EMPLOYMENT_ID_TAKEN", id);
        }
        Employment employment = new Employment(id, workshopId, employee, null, workshop.profile().townCode(), startedOn, null,
                monthlyPayFen, 1);
        employments.insert(employment);
        audit.record("employment.started", "employment", id, null, EmploymentView.of(employment));
        events.started(employment);
        return employment;
    }

    Employment end(UUID id, long expectedVersion, LocalDate endedOn) {
        Employment employment = employment(id);
        TownScope.requireActsIn(employment.townCode());
        Versions.requireUnchanged(employment.version(), expectedVersion);
        EmploymentView before = EmploymentView.of(employment);
        employment.end(endedOn);
        Versions.requireWritten(employments.update(employment, expectedVersion));
        audit.record("employment.ended", "employment", id, before, EmploymentView.of(employment));
        events.ended(employment);
        return employment;
    }

    @Transactional(readOnly = true)
    Employment employment(UUID id) {
        return TownScope.requireVisible(employments.find(id), Employment::townCode, () -> notFound(id));
    }

    @Transactional(readOnly = true)
    Page<Employment> employments(EmploymentFilter filter, PageQuery query) {
        EmploymentFilter scoped = new EmploymentFilter(filter.workshopId(), filter.personId(), TownScope.listFilter(filter.townCode()));
        return employments.search(scoped, query);
    }

    /**
     * training recorded or changed an outcome. One naming a workshop, for a woman employed there:
     * the employment it already names, or her current unlinked work there (linked and announced
     * again so training learns the link), or a new employment (announced).
     */
    void outcomeRecorded(OutcomeRecordedV1 outcome) {
        if (!outcome.employed() || outcome.workshopId() == null) {
            return;
        }
        employments.lockWorkshop(outcome.workshopId());
        if (employments.ofOutcome(outcome.id()).isPresent()) {
            return;
        }
        Optional<Employment> named = Optional.ofNullable(outcome.employmentId()).flatMap(employments::find);
        if (named.isPresent()) {
            link(named.get(), outcome.id(), false);
            return;
        }
        Optional<Employment> current = employments.unlinked(outcome.personId(), outcome.workshopId());
        if (current.isPresent()) {
            link(current.get(), outcome.id(), true);
            return;
        }
        Optional<Workshop> workshop = workshops.known(outcome.workshopId());
        if (workshop.isEmpty() || outcome.startedOn() == null) {
            return;
        }
        Employment employment = new Employment(UuidV7.next(), outcome.workshopId(), Employee.person(outcome.personId()), outcome.id(),
                workshop.get().profile().townCode(), outcome.startedOn(), null, outcome.monthlyIncomeAfterFen(), 1);
        employments.insert(employment);
        events.started(employment);
    }

    /** Staff ending the employment meanwhile makes the update fail: the event is then applied again from a fresh read. */
    private void link(Employment employment, UUID outcomeId, boolean announce) {
        long read = employment.version();
        if (!employment.linkOutcome(outcomeId)) {
            return;
        }
        if (!employments.update(employment, read)) {
            throw new IllegalStateException("the employment changed while a training outcome was applied");
        }
        if (announce) {
            events.started(employment);
        }
    }

    Worker register(UUID requestedId, String nameZh, MobilePhone phone, String townCode) {
        TownScope.requireActsIn(townCode);
        if (!regions.townExists(townCode)) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", townCode);
        }
        if (phone != null && workers.phoneTaken(phone)) {
            throw ApiException.conflict("WORKER_ALREADY_REGISTERED");
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (workers.exists(id)) {
            throw ApiException.conflict("WORKER_ID_TAKEN", id);
        }
        Worker worker = new Worker(id, nameZh, phone, townCode, 1);
        workers.insert(worker);
        audit.record("worker.registered", "worker", id, null, WorkerView.masked(worker));
        return worker;
    }

    @Transactional(readOnly = true)
    Worker worker(UUID id) {
        return TownScope.requireVisible(workers.find(id), Worker::townCode, () -> ApiException.notFound("WORKER_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<WorkerListing> workers(String townCode, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return workers.search(town, query);
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("EMPLOYMENT_NOT_FOUND", id);
    }
}
