package org.jinguo.dataset;

import static org.jinguo.dataset.Api.body;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import tools.jackson.databind.JsonNode;

/**
 * Caring mothers (and withdrawals), the wellbeing insurance (programme years, applications,
 * enrolments, cancellations), donations, households and family activities, into care-service.
 * A record that exists is read back and only what it still lacks is done.
 */
@RequiredArgsConstructor
final class CareLoader {

    private final Api api;
    private final Parallel parallel;

    void load(CareData care) {
        parallel.each(care.mothers(), this::mother);
        Map<Integer, UUID> programmes = programmes(care);
        parallel.each(care.insurances(), insurance -> insurance(insurance, programmes.get(insurance.year())));
        parallel.each(care.donations(), donation -> api.post("/api/v1/donations", body("id", donation.id(),
                "kind", donation.goods() ? "GOODS" : "MONEY", "donorName", donation.donorName(), "donorKind", donation.donorKind(),
                "description", donation.description(), "valueFen", donation.valueFen(), "receivedOn", donation.receivedOn(),
                "townCode", donation.townCode())).createdOrTaken("DONATION_ID_TAKEN"));
        parallel.each(care.households(), household -> api.post("/api/v1/households", body("id", household.id(),
                "townCode", household.townCode(), "newResident", household.newResident(), "inHardship", household.inHardship(),
                "headName", household.headName(), "registeredOn", household.registeredOn())).createdOrTaken("HOUSEHOLD_ID_TAKEN"));
        parallel.each(care.activities(), activity -> api.post("/api/v1/family-activities", body("id", activity.id(),
                "kind", activity.kind(), "title", activity.title(), "heldOn", activity.heldOn(), "townCode", activity.townCode(),
                "place", activity.place(), "householdIds", activity.householdIds())).createdOrTaken("ACTIVITY_ID_TAKEN"));
    }

    private void mother(CareData.Mother mother) {
        Api.Reply reply = api.post("/api/v1/caring-mothers", body("id", mother.id(),
                "personal", body("name", mother.name(), "phone", mother.phone()),
                "profile", body("skills", mother.skills(), "townCode", mother.townCode(), "capacity", 1),
                "registeredOn", mother.registeredOn())).createdOrTaken("MOTHER_ID_TAKEN");
        if (mother.withdrawnOn() == null) {
            return;
        }
        if (!reply.created()) {
            reply = api.get("/api/v1/caring-mothers/" + mother.id()).expect(200);
        }
        if (!"WITHDRAWN".equals(reply.json().path("status").asString())) {
            api.post("/api/v1/caring-mothers/" + mother.id() + "/status-changes", body("status", "WITHDRAWN",
                    "effectiveOn", mother.withdrawnOn(), "reason", "家庭原因"), reply.etag()).expect(200, 201);
        }
    }

    private Map<Integer, UUID> programmes(CareData care) {
        for (CareData.InsuranceProgramme programme : care.programmes()) {
            api.post("/api/v1/insurance-programmes", body("year", programme.year(), "name", programme.name(),
                    "premiumFen", programme.premiumFen(), "incomeLimitFen", programme.incomeLimitFen(), "minAge", programme.minAge(),
                    "maxAge", programme.maxAge())).createdOrTaken("PROGRAMME_YEAR_TAKEN");
        }
        Map<Integer, UUID> ids = new HashMap<>();
        for (JsonNode programme : api.get("/api/v1/insurance-programmes").expect(200).json()) {
            ids.put(programme.get("year").asInt(), UUID.fromString(programme.get("id").asString()));
        }
        return ids;
    }

    private void insurance(CareData.Insurance insurance, UUID programme) {
        Api.Reply reply = api.post("/api/v1/insurance-enrolments", body("id", insurance.id(), "programmeId", programme,
                "name", insurance.name(), "idNumber", insurance.idNumber(), "phone", insurance.phone(),
                "monthlyIncomePerCapitaFen", insurance.monthlyIncomePerCapitaFen(), "townCode", insurance.townCode(),
                "appliedOn", insurance.appliedOn())).createdOrTaken("ENROLMENT_ID_TAKEN", "ALREADY_ENROLLED");
        if (!reply.created()) {
            reply = api.get("/api/v1/insurance-enrolments/" + insurance.id());
            if (reply.status() == 404) {
                throw new LoadException("another enrolment of " + insurance.idNumber().substring(0, 6) + "… for " + insurance.year()
                        + " is on the platform, not this set's " + insurance.id());
            }
            reply.expect(200);
        }
        String path = "/api/v1/insurance-enrolments/" + insurance.id();
        String status = reply.json().path("status").asString();
        if (insurance.enrolledOn() != null && status.equals("APPLIED")) {
            reply = api.post(path + "/enrolment", body("enrolledOn", insurance.enrolledOn()), reply.etag()).expect(200);
            status = reply.json().path("status").asString();
        }
        if (insurance.cancelledOn() != null && status.equals("ENROLLED")) {
            api.post(path + "/cancellation", body("cancelledOn", insurance.cancelledOn()), reply.etag()).expect(200);
        }
    }
}
