package org.jinguo.org.cadre;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.org.cadre.CadreRepository.CadreInTown;
import org.jinguo.org.cadre.CadreRequests.CadreBody;
import org.jinguo.org.cadre.CadreRequests.NewCadreBody;
import org.jinguo.org.cadre.CadreRequests.TermEndBody;
import org.jinguo.org.cadre.CadreViews.CadreView;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.security.Caller;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cadres", description = "People holding posts in federation organisations, current and past")
@Validated
@RequiredArgsConstructor
class CadreController {

    private final CadreService cadres;

    @PostMapping("/api/v1/organizations/{organizationId}/cadres")
    @Creates
    @Operation(operationId = "appointCadre",
            summary = "Appoint a person to a post in an organisation", description = "Accepts Idempotency-Key.")
    ResponseEntity<CadreView> appoint(@PathVariable UUID organizationId, @Valid @RequestBody NewCadreBody body) {
        CadreInTown cadre = cadres.appoint(organizationId, body.id(), body.nameZh(), body.post(), body.phone(), body.termStartedOn());
        return Versions.created(URI.create("/api/v1/cadres/" + cadre.cadre().id()),
                CadreView.of(cadre, mayReadPhones()), cadre.cadre().version());
    }

    @GetMapping("/api/v1/cadres")
    @Operation(summary = "List cadres", description = "Phones are masked in lists. current=true: terms running today; "
            + "false: past posts. Town staff see their own town's only.")
    Page<CadreView> cadres(@RequestParam(required = false) UUID organizationId,
                           @RequestParam(required = false) @TownCode String townCode,
                           @RequestParam(required = false) CadrePost post,
                           @RequestParam(required = false) @Size(max = 50) String name,
                           @RequestParam(required = false) Boolean current,
                           PageQuery page) {
        Page<CadreInTown> found = cadres.cadres(new CadreFilter(organizationId, townCode, post, name, current, null), page);
        return found.map(cadre -> CadreView.of(cadre, false));
    }

    @GetMapping("/api/v1/cadres/{id}")
    @Operation(summary = "One cadre, with its ETag", description = "The phone in full for federation staff, masked for partners.")
    ResponseEntity<CadreView> cadre(@PathVariable UUID id) {
        return withETag(cadres.cadre(id));
    }

    @PutMapping("/api/v1/cadres/{id}")
    @Operation(summary = "Correct a cadre's name, post or phone during the term")
    ResponseEntity<CadreView> revise(@PathVariable UUID id,
                                     @Valid @RequestBody CadreBody body, ExpectedVersion expected) {
        return withETag(cadres.revise(id, expected.value(), body.nameZh(), body.post(), body.phone()));
    }

    @PostMapping("/api/v1/cadres/{id}/term-end")
    @Operation(operationId = "endCadreTerm", summary = "End a cadre's term", description = "termEndedOn is the last day of the term.")
    ResponseEntity<CadreView> endTerm(@PathVariable UUID id,
                                      @Valid @RequestBody TermEndBody body, ExpectedVersion expected) {
        return withETag(cadres.endTerm(id, expected.value(), body.termEndedOn()));
    }

    private static ResponseEntity<CadreView> withETag(CadreInTown cadre) {
        return Versions.ok(CadreView.of(cadre, mayReadPhones()), cadre.cadre().version());
    }

    /** Federation staff call cadres; partners see masked numbers. */
    private static boolean mayReadPhones() {
        Caller caller = Caller.current();
        return caller.hasRole("CITY_ADMIN") || caller.hasRole("TOWN_STAFF");
    }
}
