package org.jinguo.org.organization;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.org.organization.OrganizationRequests.ActivationBody;
import org.jinguo.org.organization.OrganizationRequests.DissolutionBody;
import org.jinguo.org.organization.OrganizationRequests.MoveBody;
import org.jinguo.org.organization.OrganizationRequests.NewOrganizationBody;
import org.jinguo.org.organization.OrganizationRequests.RevisionBody;
import org.jinguo.org.organization.OrganizationViews.DissolutionView;
import org.jinguo.org.organization.OrganizationViews.OrganizationView;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
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
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Federation organisations: the tree of city, town and village federations, "
        + "industry federations and federations inside units")
@Validated
@RequiredArgsConstructor
class OrganizationController {

    private final OrganizationService organizations;

    @PostMapping
    @Creates
    @Operation(summary = "Found an organisation, preparing or active from a date",
            description = "Accepts Idempotency-Key. Town staff found organisations of their own town only.")
    ResponseEntity<OrganizationView> found(@Valid @RequestBody NewOrganizationBody body) {
        Organization organization = organizations.found(body.toFounding());
        return Versions.created(URI.create("/api/v1/organizations/" + organization.id()),
                OrganizationView.of(organization), organization.version());
    }

    @GetMapping
    @Operation(summary = "List organisations", description = "status is the status today; name matches part of the "
            + "Chinese or English name. Town staff see their own town's only.")
    Page<OrganizationView> organizations(@RequestParam(required = false) OrganizationType type,
                                         @RequestParam(required = false) @TownCode String townCode,
                                         @RequestParam(required = false) OrganizationStatus status,
                                         @RequestParam(required = false) UUID parentId,
                                         @RequestParam(required = false) @Size(max = 100) String name,
                                         PageQuery page) {
        return views(organizations.organizations(new OrganizationFilter(type, townCode, status, parentId, name), page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation, with its ETag")
    ResponseEntity<OrganizationView> organization(@PathVariable UUID id) {
        return withETag(organizations.organization(id));
    }

    @GetMapping("/{id}/subtree")
    @Operation(summary = "The organisation and everything under it", description = "Depth first; members in name order; "
            + "each names its parentId.")
    Page<OrganizationView> subtree(@PathVariable UUID id, PageQuery page) {
        return views(organizations.subtree(id, page));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename an organisation or change its address")
    ResponseEntity<OrganizationView> revise(@PathVariable UUID id,
                                            @Valid @RequestBody RevisionBody body, ExpectedVersion expected) {
        return withETag(organizations.revise(id, expected.value(), body.nameZh(),
                OrganizationRequests.blankToNull(body.nameEn()), OrganizationRequests.blankToNull(body.address())));
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Place an organisation under another", description = "Refused if it would stand under itself, "
            + "under a type it may not stand under, or under another town's organisation.")
    ResponseEntity<OrganizationView> move(@PathVariable UUID id,
                                          @Valid @RequestBody MoveBody body, ExpectedVersion expected) {
        return withETag(organizations.move(id, expected.value(), body.parentId()));
    }

    @PostMapping("/{id}/activation")
    @Operation(summary = "Found a preparing organisation from a date")
    ResponseEntity<OrganizationView> activate(@PathVariable UUID id,
                                              @Valid @RequestBody ActivationBody body, ExpectedVersion expected) {
        return withETag(organizations.activate(id, expected.value(), body.effectiveOn()));
    }

    @PostMapping("/{id}/dissolution")
    @Operation(summary = "Dissolve an organisation from a date", description = "Refused while organisations under it live "
            + "on, and while it covers units unless successorId takes them over from the same day.")
    @ApiResponse(responseCode = "200", description = "Dissolved", useReturnTypeSchema = true,
            headers = @Header(name = "ETag", description = "The organisation's version, to send back in If-Match", required = true,
                    schema = @Schema(type = "string")))
    ResponseEntity<DissolutionView> dissolve(@PathVariable UUID id,
                                             @Valid @RequestBody DissolutionBody body, ExpectedVersion expected) {
        OrganizationService.Dissolution dissolution = organizations.dissolve(id, expected.value(),
                body.effectiveOn(), body.successorId());
        return Versions.ok(new DissolutionView(OrganizationView.of(dissolution.organization()), dissolution.unitsHandedOver()),
                dissolution.organization().version());
    }

    private static ResponseEntity<OrganizationView> withETag(Organization organization) {
        return Versions.ok(OrganizationView.of(organization), organization.version());
    }

    private static Page<OrganizationView> views(Page<Organization> page) {
        return page.map(OrganizationView::of);
    }
}
