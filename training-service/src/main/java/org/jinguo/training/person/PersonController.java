package org.jinguo.training.person;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.training.person.PersonRepository.PersonListing;
import org.jinguo.training.person.PersonRequests.PersonBody;
import org.jinguo.training.person.PersonViews.PersonView;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The women who train: one record each, phone and ID number protected")
@Validated
@RequiredArgsConstructor
class PersonController {

    private final PersonService people;

    @PostMapping
    @Creates
    @Operation(summary = "Register a woman who trains", description = "Accepts Idempotency-Key. Refused (409) when her phone "
            + "or ID number is registered already. A RESIDENT registers herself, once.")
    ResponseEntity<PersonView> register(@Valid @RequestBody PersonBody body) {
        Person person = people.register(body.id(), body.toDetails());
        return Versions.created(URI.create("/api/v1/people/" + person.id()),
                PersonView.of(person, people.maySeeInFull(person)), person.version());
    }

    @GetMapping
    @Operation(summary = "List people, phones and ID numbers masked", description = "name matches part of the name. Town "
            + "staff see their own town's; a RESIDENT her own record.")
    Page<PersonListing> people(@RequestParam(required = false) @TownCode String townCode,
                               @RequestParam(required = false) @Size(max = 50) String name,
                               PageQuery page) {
        return people.people(new PersonFilter(townCode, name, null), page);
    }

    @GetMapping("/me")
    @Operation(operationId = "getOwnPerson", summary = "The calling resident's own record, in full, with its ETag",
            description = "404 when she has registered none.")
    ResponseEntity<PersonView> own() {
        Person person = people.own();
        return Versions.ok(PersonView.of(person, true), person.version());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person, with its ETag", description = "Phone and ID number in full for staff and for herself, "
            + "masked for partners.")
    ResponseEntity<PersonView> person(@PathVariable UUID id) {
        Person person = people.person(id);
        return Versions.ok(PersonView.of(person, people.maySeeInFull(person)), person.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person's details")
    ResponseEntity<PersonView> revise(@PathVariable UUID id,
                                      @Valid @RequestBody PersonBody body, ExpectedVersion expected) {
        Person person = people.revise(id, expected.value(), body.toDetails());
        return Versions.ok(PersonView.of(person, people.maySeeInFull(person)), person.version());
    }
}
