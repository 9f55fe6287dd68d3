package org.jinguo.commerce.market;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.commerce.money.Fen;
import org.jinguo.commerce.workshop.WorkshopService;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.SalesRecordedV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market events, their stalls and the sales at each: commerce staff and CITY_ADMIN for any, town
 * staff for their town's (an event without a town, like the expo, is city-wide). Each recorded
 * sale publishes the event's new totals.
 */
@Service
@Transactional
@RequiredArgsConstructor
class MarketService {

    private final MarketRepository markets;
    private final WorkshopService workshops;
    private final KnownRegions regions;
    private final EventOutbox outbox;
    private final AuditTrail audit;

    MarketEvent organize(MarketEvent event) {
        TownScope.requireActsIn(event.townCode());
        if (event.townCode() != null && !regions.townExists(event.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", event.townCode());
        }
        if (markets.exists(event.id())) {
            throw ApiException.conflict("MARKET_EVENT_ID_TAKEN", event.id());
        }
        markets.insert(event);
        audit.record("market-event.organized", "market-event", event.id(), null, event);
        return event;
    }

    @Transactional(readOnly = true)
    MarketEvent event(UUID id) {
        return TownScope.requireVisible(markets.find(id), MarketEvent::townCode, () -> notFound(id));
    }

    @Transactional(readOnly = true)
    Page<MarketEvent> events(MarketFilter filter, PageQuery query) {
        MarketFilter scoped = new MarketFilter(filter.kind(), TownScope.listFilter(filter.townCode()), filter.from(), filter.to());
        return markets.search(scoped, query);
    }

    /** A workshop's stall (one per event) or another vendor's. */
    Stall addStall(UUID eventId, UUID workshopId, String vendorName) {
        MarketEvent event = event(eventId);
        TownScope.requireActsIn(event.townCode());
        if (workshopId != null) {
            workshops.workshop(workshopId);
        }
        Stall stall = new Stall(UuidV7.next(), eventId, workshopId, vendorName);
        if (!markets.insert(stall)) {
            throw ApiException.conflict("WORKSHOP_HAS_STALL", workshopId, eventId);
        }
        audit.record("market-event.stall-added", "market-event", eventId, null, stall);
        return stall;
    }

    /**
     * Records a sale at a stall; with an {@code externalId}, recording it again changes nothing.
     *
     * @return false when the external id was recorded before
     */
    boolean recordSale(UUID eventId, UUID stallId, long amountFen, int items, String externalId) {
        MarketEvent event = event(eventId);
        TownScope.requireActsIn(event.townCode());
        Stall stall = markets.stall(eventId, stallId).orElseThrow(() -> ApiException.notFound("STALL_NOT_FOUND", stallId));
        if (!Fen.isRecordable(amountFen)) {
            throw ApiException.invalid("amountFen", "AMOUNT_OUT_OF_RANGE", Fen.MAX_RECORDED);
        }
        markets.lock(eventId);
        UUID id = UuidV7.next();
        if (!markets.insertSale(id, stall, amountFen, items, externalId)) {
            return false;
        }
        audit.record("market-event.sale-recorded", "market-event", eventId, null, new RecordedSale(id, stallId, amountFen, items, externalId));
        publishTotals(event);
        return true;
    }

    @Transactional(readOnly = true)
    EventTotals totals(UUID eventId) {
        event(eventId);
        return EventTotals.of(eventId, markets.stallTotals(eventId));
    }

    private void publishTotals(MarketEvent event) {
        EventTotals totals = EventTotals.of(event.id(), markets.stallTotals(event.id()));
        outbox.publish(CommerceEvents.SALES_TOPIC, CommerceEvents.SALES_RECORDED, event.id().toString(),
                new SalesRecordedV1(event.id(), event.kind().name(), event.townCode(), event.heldOn(), totals.salesFen(), 0,
                        totals.items(), totals.sales()));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("MARKET_EVENT_NOT_FOUND", id);
    }

    /** What the audit trail keeps of a sale. */
    record RecordedSale(UUID id, UUID stallId, long amountFen, int items, String externalId) {
    }

    /** An event's totals: each stall's, and the sum over stalls, computed exactly. */
    record EventTotals(UUID eventId, long salesFen, long items, long sales, List<StallTotal> stalls) {

        static EventTotals of(UUID eventId, List<StallTotal> stalls) {
            Fen sum = Fen.ZERO;
            long items = 0;
            long sales = 0;
            for (StallTotal stall : stalls) {
                sum = sum.plus(new Fen(stall.salesFen()));
                items = Math.addExact(items, stall.items());
                sales = Math.addExact(sales, stall.sales());
            }
            return new EventTotals(eventId, sum.value(), items, sales, stalls);
        }
    }
}
