package org.jinguo.training.person;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.SortableFields;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.training.person.PersonRepository.PersonListing;
import org.jinguo.training.person.PersonViews.PersonView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the women who train, once each (matched on phone or ID number): staff within their
 * town, a RESIDENT for herself only.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonService {

    private static final SortableFields SORT = SortableFields.of(Map.of("nameZh", "name_zh", "townCode", "town_code",
            "birthYear", "birth_year"), "name_zh", "id");

    private final PersonRepository people;
    private final KnownRegions regions;
    private final AuditTrail audit;

    Person register(UUID requestedId, PersonDetails details) {
        Caller caller = Caller.current();
        String account = null;
        if (isResidentOnly(caller)) {
            account = caller.subject();
            if (people.accountHasPerson(account)) {
                throw ApiException.conflict("ACCOUNT_HAS_PERSON");
            }
        } else {
            TownScope.requireActsIn(details.townCode());
        }
        requireValid(details);
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (people.exists(id)) {
            throw ApiException.conflict("PERSON_ID_TAKEN", id);
        }
        if (people.registeredElsewhere(details.phone(), details.idNumber(), id)) {
            throw ApiException.conflict("PERSON_ALREADY_REGISTERED");
        }
        Person person = Person.register(id, details, account);
        people.insert(person);
        audit.record("person.registered", "person", id, null, PersonView.forAudit(person));
        return person;
    }

    /** A person the caller may see: a RESIDENT her own record, staff their town's; others answer 404. */
    @Transactional(readOnly = true)
    public Person person(UUID id) {
        Person person = people.find(id).orElseThrow(() -> notFound(id));
        Caller caller = Caller.current();
        if (isResidentOnly(caller) ? !caller.subject().equals(person.accountSubject()) : !TownScope.isVisible(person.townCode())) {
            throw notFound(id);
        }
        return person;
    }

    /** The caller's own record, as a resident registered it. */
    @Transactional(readOnly = true)
    public Person own() {
        return people.ofAccount(Caller.current().subject()).orElseThrow(() -> ApiException.notFound("NO_PERSON_RECORD", "-"));
    }

    /** Her town, for records an event brings about (no caller to check); empty when training does not know her. */
    @Transactional(readOnly = true)
    public Optional<String> townOf(UUID id) {
        return people.find(id).map(Person::townCode);
    }

    /** Her name masked, for anyone checking a certificate she holds. */
    @Transactional(readOnly = true)
    public String maskedNameOf(UUID id) {
        return people.find(id).orElseThrow(() -> notFound(id)).maskedName();
    }

    @Transactional(readOnly = true)
    Page<PersonListing> people(PersonFilter filter, PageQuery query) {
        Caller caller = Caller.current();
        PersonFilter scoped = isResidentOnly(caller)
                ? new PersonFilter(null, filter.name(), caller.subject())
                : new PersonFilter(TownScope.listFilter(filter.townCode()), filter.name(), null);
        String orderBy = SORT.orderBy(query);
        return people.search(scoped, orderBy, query);
    }

    Person revise(UUID id, long expectedVersion, PersonDetails details) {
        Person person = person(id);
        if (!isResidentOnly(Caller.current())) {
            TownScope.requireActsIn(details.townCode());
        }
        Versions.requireUnchanged(person.version(), expectedVersion);
        requireValid(details);
        if (people.registeredElsewhere(details.phone(), details.idNumber(), id)) {
            throw ApiException.conflict("PERSON_ALREADY_REGISTERED");
        }
        PersonView before = PersonView.forAudit(person);
        person.revise(details);
        Versions.requireWritten(people.update(person, expectedVersion));
        audit.record("person.revised", "person", id, before, PersonView.forAudit(person));
        return person;
    }

    /** Whether she sees the clear phone and ID number: staff and the woman herself; partners see them masked. */
    boolean maySeeInFull(Person person) {
        Caller caller = Caller.current();
        return caller.subject().equals(person.accountSubject()) || caller.hasRole("CITY_ADMIN") || caller.hasRole("ACADEMY_STAFF")
                || caller.hasRole("TOWN_STAFF");
    }

    private void requireValid(PersonDetails details) {
        if (!regions.townExists(details.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", details.townCode());
        }
        if (details.villageId() != null
                && !regions.townOfActiveVillage(details.villageId()).filter(town -> town.equals(details.townCode())).isPresent()) {
            throw ApiException.invalid("villageId", "UNKNOWN_VILLAGE_IN_TOWN", details.townCode());
        }
        if (details.idNumber() != null && details.birthYear() != null && details.idNumber().birthYear() != details.birthYear()) {
            throw ApiException.invalid("birthYear", "BIRTH_YEAR_NOT_IN_ID_NUMBER", details.idNumber().birthYear());
        }
    }

    /** A woman using the mobile app, as opposed to staff who may also hold other roles. */
    public static boolean isResidentOnly(Caller caller) {
        return caller.hasRole("RESIDENT") && !caller.hasRole("CITY_ADMIN") && !caller.hasRole("ACADEMY_STAFF")
                && !caller.hasRole("TOWN_STAFF");
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("PERSON_NOT_FOUND", id);
    }
}
