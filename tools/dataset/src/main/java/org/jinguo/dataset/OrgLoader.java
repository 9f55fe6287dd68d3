package org.jinguo.dataset;

import static org.jinguo.dataset.Api.body;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import tools.jackson.databind.JsonNode;

/**
 * Federations, units and coverage into org-service. A record whose id is taken was loaded
 * before; a coverage is looked up among the unit's before it is started or ended, so loading
 * again adds nothing. The platform has one city federation: when another than the set's exists,
 * the set hangs its records on that one.
 */
@RequiredArgsConstructor
final class OrgLoader {

    private final Api api;
    private final Parallel parallel;
    private UUID city;

    /** The city federation's id on the platform, which a set's city-wide records name. */
    UUID federation(UUID id) {
        return id.equals(DataSetBuilder.cityFederation()) ? city : id;
    }

    void load(OrgData org) {
        OrgData.Federation cityFederation = org.federations().stream().filter(f -> f.type().equals("CITY")).findFirst().orElseThrow();
        city = createCity(cityFederation);
        parallel.each(org.federations().stream().filter(f -> f.type().equals("TOWN")).toList(), this::create);
        parallel.each(org.federations().stream().filter(f -> f.type().equals("INDUSTRY")).toList(), this::create);
        parallel.each(org.units(), unit -> api.post("/api/v1/units", body("id", unit.id(), "nameZh", unit.nameZh(),
                "creditCode", unit.creditCode(), "domain", unit.domain(), "industry", unit.industry(), "townCode", unit.townCode(),
                "headcount", unit.headcount(), "womenHeadcount", unit.womenHeadcount(), "registeredOn", unit.registeredOn())).createdOrTaken("UNIT_ID_TAKEN"));
        parallel.each(org.coverages(), this::cover);
    }

    private UUID createCity(OrgData.Federation federation) {
        Api.Reply reply = api.post("/api/v1/organizations", founding(federation));
        if (reply.status() == 409 && "CITY_FEDERATION_EXISTS".equals(reply.code())) {
            return UUID.fromString(api.get("/api/v1/organizations?type=CITY").expect(200).json().get("items").get(0).get("id").asString());
        }
        reply.createdOrTaken("ORGANIZATION_ID_TAKEN");
        return federation.id();
    }

    private void create(OrgData.Federation federation) {
        api.post("/api/v1/organizations", founding(federation)).createdOrTaken("ORGANIZATION_ID_TAKEN");
    }

    private Object founding(OrgData.Federation federation) {
        return body("id", federation.id(), "type", federation.type(), "nameZh", federation.nameZh(), "industry", federation.industry(),
                "townCode", federation.townCode(), "parentId", federation.parentId() == null ? null : federation(federation.parentId()),
                "status", "ACTIVE", "effectiveOn", federation.foundedOn());
    }

    private void cover(OrgData.Coverage coverage) {
        String path = "/api/v1/units/" + coverage.unitId() + "/coverages";
        JsonNode existing = null;
        for (JsonNode known : api.get(path).expect(200).json()) {
            if (known.get("startedOn").asString().equals(coverage.startedOn().toString())) {
                existing = known;
            }
        }
        if (existing == null) {
            existing = api.post(path, body("organizationId", federation(coverage.organizationId()), "mode", coverage.mode(),
                    "startedOn", coverage.startedOn())).expect(201).json();
        }
        if (coverage.endedOn() != null && !existing.hasNonNull("endedOn")) {
            api.post("/api/v1/coverage/" + existing.get("id").asString() + "/end", body("endedOn", coverage.endedOn())).expect(200, 201, 204);
        }
    }
}
