package org.jinguo.dataset;

import static org.jinguo.dataset.Api.body;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import tools.jackson.databind.JsonNode;

/**
 * Workshops, market events with stalls and sales, and livestream accounts with their sessions'
 * sales and refunds (in bulk, through sales batches), into commerce-service. Sales carry external
 * ids and batches fixed ids, so recording them again adds nothing; a stall is found by its
 * vendor among the event's before it is added.
 */
@RequiredArgsConstructor
final class CommerceLoader {

    private static final int RECORDS_PER_BATCH = 5_000;

    private final Api api;
    private final Parallel parallel;

    void load(CommerceData commerce) {
        parallel.each(commerce.workshops(), this::workshop);
        parallel.each(commerce.marketEvents(), this::marketEvent);
        parallel.each(commerce.accounts(), account -> api.post("/api/v1/livestream-accounts", body("id", account.id(),
                "platform", account.platform(), "accountName", account.accountName(), "ownerWorkshopId", account.ownerWorkshopId(),
                "ownerBrand", account.ownerBrand(), "partnerClients", List.of())).createdOrTaken("ACCOUNT_ID_TAKEN"));
        parallel.each(commerce.livestreamSessions(), session -> {
            OffsetDateTime startsAt = ShanghaiTime.at(session.day(), 19, 30);
            api.post("/api/v1/livestream-accounts/" + session.accountId() + "/sessions", body("id", session.id(),
                    "host", session.host(), "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(3).toString())).createdOrTaken("SESSION_ID_TAKEN");
        });
        salesBatches(commerce.livestreamSessions());
    }

    private void workshop(CommerceData.Workshop workshop) {
        Api.Reply reply = api.post("/api/v1/workshops", body("id", workshop.id(), "nameZh", workshop.nameZh(), "kind", workshop.kind(),
                "townCode", workshop.townCode(), "products", List.of(workshop.product()), "openedOn", workshop.openedOn())).createdOrTaken("WORKSHOP_ID_TAKEN");
        if (workshop.closedOn() == null) {
            return;
        }
        if (!reply.created()) {
            reply = api.get("/api/v1/workshops/" + workshop.id()).expect(200);
        }
        if (!"CLOSED".equals(reply.json().path("status").asString())) {
            api.post("/api/v1/workshops/" + workshop.id() + "/closing", body("closedOn", workshop.closedOn()), reply.etag()).expect(200);
        }
    }

    private void marketEvent(CommerceData.MarketEvent event) {
        api.post("/api/v1/market-events", body("id", event.id(), "kind", event.kind(), "name", event.name(), "heldOn", event.heldOn(),
                "place", event.place(), "organizer", "永康市妇女联合会", "townCode", event.townCode())).createdOrTaken("MARKET_EVENT_ID_TAKEN");
        String path = "/api/v1/market-events/" + event.id();
        Map<String, String> stalls = new HashMap<>();
        for (JsonNode stall : api.get(path + "/totals").expect(200).json().path("stalls")) {
            stalls.put(stall.path("vendorName").asString(), stall.get("stallId").asString());
        }
        for (CommerceData.Stall stall : event.stalls()) {
            String stallId = stalls.get(stall.vendorName());
            if (stallId == null) {
                stallId = api.post(path + "/stalls", body("vendorName", stall.vendorName())).expect(201).id();
            }
            for (CommerceData.StallSale sale : stall.sales()) {
                api.post(path + "/stalls/" + stallId + "/sales", body("amountFen", sale.amountFen(), "items", sale.items(),
                        "externalId", sale.externalId())).expect(200, 201);
            }
        }
    }

    /** Every session's records in batches whose ids follow from their content, so a batch sent again is answered as before. */
    private void salesBatches(List<CommerceData.LivestreamSession> sessions) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (CommerceData.LivestreamSession session : sessions) {
            for (CommerceData.OnlineRecord record : session.records()) {
                records.add(body("externalId", record.externalId(), "kind", record.refund() ? "REFUND" : "SALE", "sessionId", session.id(),
                        "amountFen", record.amountFen(), "items", record.items(), "on", record.on()));
            }
        }
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int first = 0; first < records.size(); first += RECORDS_PER_BATCH) {
            batches.add(records.subList(first, Math.min(records.size(), first + RECORDS_PER_BATCH)));
        }
        parallel.each(batches, batch -> {
            UUID batchId = Identifiers.uuid("sales-batch:" + batch);
            JsonNode answer = api.post("/api/v1/sales-batches", body("batchId", batchId, "records", batch)).expect(200).json();
            if (answer.path("rejected").size() > 0) {
                throw new LoadException("sales batch " + batchId + " had records refused: " + answer.get("rejected"));
            }
        });
    }
}
