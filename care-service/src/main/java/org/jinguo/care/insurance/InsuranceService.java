package org.jinguo.care.insurance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.values.ResidentIdNumber;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.problem.FieldProblem;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The women's wellbeing insurance: programme years with their eligibility rule, and enrolments through their states. */
@Service
@Transactional
@RequiredArgsConstructor
class InsuranceService {

    private static final String SEALED_AS = "insured-woman";

    private final InsuranceRepository insurance;
    private final PersonalDataVault vault;
    private final KnownRegions regions;
    private final AuditTrail audit;

    Programme open(int year, String name, long premiumFen, long incomeLimitFen, int minAge, int maxAge) {
        if (minAge > maxAge) {
            throw ApiException.invalid("maxAge", "MAX_BELOW_MIN");
        }
        if (insurance.yearTaken(year)) {
            throw ApiException.conflict("PROGRAMME_YEAR_TAKEN", year);
        }
        Programme programme = new Programme(UuidV7.next(), year, name, premiumFen, incomeLimitFen, minAge, maxAge);
        insurance.insert(programme);
        audit.record("insurance.programme-opened", "insurance-programme", programme.id(), null, programme);
        return programme;
    }

    @Transactional(readOnly = true)
    List<Programme> programmes() {
        return insurance.programmes();
    }

    /** An eligible woman is APPLIED; an ineligible one is refused with every reason, and nothing is kept. */
    InsuranceEnrolmentView apply(UUID requestedId, UUID programmeId, UUID personId, InsuredPersonalData personal, int birthYear,
                        long monthlyIncomePerCapitaFen, String townCode, LocalDate appliedOn) {
        TownScope.requireActsIn(townCode);
        if (!regions.townExists(townCode)) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", townCode);
        }
        Programme programme = programme(programmeId);
        LocalDate on = appliedOn == null ? BusinessDates.today() : appliedOn;
        if (on.isAfter(BusinessDates.today()) || on.getYear() > programme.year()) {
            throw ApiException.invalid("appliedOn", "DATE_OUT_OF_RANGE", "-", programme.coverEnds());
        }
        List<String> reasons = programme.ineligibility(ResidentIdNumber.parse(personal.idNumber()).orElseThrow().female(), birthYear,
                monthlyIncomePerCapitaFen);
        if (!reasons.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "NOT_ELIGIBLE", reasons.stream()
                    .map(reason -> switch (reason) {
                        case Programme.INCOME_ABOVE_LIMIT -> new FieldProblem("monthlyIncomePerCapitaFen", reason, null, programme.incomeLimitFen());
                        case Programme.NOT_A_WOMAN -> new FieldProblem("idNumber", reason, null);
                        default -> new FieldProblem("idNumber", reason, null, programme.minAge(), programme.maxAge());
                    })
                    .toList(), programme.year());
        }
        String womanHash = vault.lookupHash(personal.idNumber());
        if (insurance.enrolledAlready(programmeId, womanHash)) {
            throw ApiException.conflict("ALREADY_ENROLLED", programme.year());
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (insurance.exists(id)) {
            throw ApiException.conflict("ENROLMENT_ID_TAKEN", id);
        }
        Enrolment enrolment = new Enrolment(id, programmeId, personId, birthYear, monthlyIncomePerCapitaFen, townCode, InsuranceEnrolmentStatus.APPLIED,
                on, null, null, null, 1);
        insurance.insert(enrolment, womanHash, vault.sealNew(id, SEALED_AS, personal));
        InsuranceEnrolmentView view = InsuranceEnrolmentView.of(enrolment, personal.masked());
        audit.record("insurance.applied", "insurance-enrolment", id, null, view);
        return view;
    }

    InsuranceEnrolmentView enrol(UUID id, long expectedVersion, LocalDate enrolledOn) {
        return change(id, expectedVersion, "insurance.enrolled", enrolment -> {
            if (enrolledOn.isAfter(BusinessDates.today())) {
                throw ApiException.invalid("enrolledOn", "IN_THE_FUTURE");
            }
            enrolment.enrol(insurance.programme(enrolment.programmeId()).orElseThrow(), enrolledOn);
        });
    }

    InsuranceEnrolmentView reject(UUID id, long expectedVersion, String reason) {
        return change(id, expectedVersion, "insurance.rejected", enrolment -> enrolment.reject(reason));
    }

    InsuranceEnrolmentView cancel(UUID id, long expectedVersion, LocalDate cancelledOn) {
        return change(id, expectedVersion, "insurance.cancelled", enrolment -> enrolment.cancel(cancelledOn));
    }

    @Transactional(readOnly = true)
    InsuranceEnrolmentView enrolment(UUID id) {
        return view(visible(id));
    }

    @Transactional(readOnly = true)
    Page<InsuranceEnrolmentView> enrolments(UUID programmeId, String townCode, InsuranceEnrolmentStatus status, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return insurance.enrolments(programmeId, town, status, query).map(this::view);
    }

    private InsuranceEnrolmentView change(UUID id, long expectedVersion, String action, Consumer<Enrolment> change) {
        Enrolment enrolment = visible(id);
        Versions.requireUnchanged(enrolment.version(), expectedVersion);
        InsuranceEnrolmentView before = view(enrolment);
        change.accept(enrolment);
        Versions.requireWritten(insurance.update(enrolment, expectedVersion));
        InsuranceEnrolmentView after = view(enrolment);
        audit.record(action, "insurance-enrolment", id, before, after);
        return after;
    }

    private Programme programme(UUID id) {
        return insurance.programme(id).orElseThrow(() -> ApiException.invalid("programmeId", "UNKNOWN_PROGRAMME", id));
    }

    private Enrolment visible(UUID id) {
        return TownScope.requireVisible(insurance.enrolment(id), Enrolment::townCode,
                () -> ApiException.notFound("ENROLMENT_NOT_FOUND", id));
    }

    private InsuranceEnrolmentView view(Enrolment enrolment) {
        return InsuranceEnrolmentView.of(enrolment, vault.open(enrolment.id(), SEALED_AS, insurance.sealedPersonal(enrolment.id()),
                InsuredPersonalData.class).map(InsuredPersonalData::masked).orElse(null));
    }
}
