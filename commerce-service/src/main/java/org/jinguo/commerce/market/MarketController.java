package org.jinguo.commerce.market;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.commerce.market.MarketRequests.MarketEventBody;
import org.jinguo.commerce.market.MarketRequests.SaleBody;
import org.jinguo.commerce.market.MarketRequests.StallBody;
import org.jinguo.commerce.market.MarketService.EventTotals;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.openapi.Creates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Market events", description = "Common-prosperity markets and the expo: stalls and their sales, totals computed")
@RequiredArgsConstructor
class MarketController {

    private final MarketService markets;

    @PostMapping("/api/v1/market-events")
    @Creates
    @Operation(summary = "Organise a market event", description = "kind MARKET or EXPO. Accepts Idempotency-Key.")
    ResponseEntity<MarketEvent> organize(@Valid @RequestBody MarketEventBody body) {
        MarketEvent event = markets.organize(body.toEvent());
        return ResponseEntity.created(URI.create("/api/v1/market-events/" + event.id())).body(event);
    }

    @GetMapping("/api/v1/market-events")
    @Operation(summary = "Market events, latest first", description = "Filter by kind, townCode and the period heldOn falls in.")
    Page<MarketEvent> events(@RequestParam(required = false) MarketKind kind,
                             @RequestParam(required = false) @TownCode String townCode,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             PageQuery page) {
        return markets.events(new MarketFilter(kind, townCode, from, to), page);
    }

    @GetMapping("/api/v1/market-events/{id}")
    @Operation(summary = "One market event")
    MarketEvent event(@PathVariable UUID id) {
        return markets.event(id);
    }

    @PostMapping("/api/v1/market-events/{id}/stalls")
    @Creates
    @Operation(operationId = "addMarketStall", summary = "Add a stall", description = "A workshop's (one per event) or another vendor's.")
    ResponseEntity<Stall> addStall(@PathVariable UUID id, @Valid @RequestBody StallBody body) {
        Stall stall = markets.addStall(id, body.workshopId(), body.vendor());
        return ResponseEntity.created(URI.create("/api/v1/market-events/" + id + "/stalls/" + stall.id())).body(stall);
    }

    @PostMapping("/api/v1/market-events/{id}/stalls/{stallId}/sales")
    @Creates(located = false, okWhenPresent = true)
    @Operation(operationId = "recordMarketSale",
            summary = "Record a sale at a stall", description = "201 when recorded; 200 when its externalId was recorded before "
            + "(nothing changes).")
    ResponseEntity<SaleBody> recordSale(@PathVariable UUID id, @PathVariable UUID stallId, @Valid @RequestBody SaleBody body) {
        boolean recorded = markets.recordSale(id, stallId, body.amountFen(), body.items(), body.externalId());
        return ResponseEntity.status(recorded ? 201 : 200).body(body);
    }

    @GetMapping("/api/v1/market-events/{id}/totals")
    @Operation(summary = "What each stall sold and the event's total", description = "Sums of the recorded sales, in fen.")
    EventTotals totals(@PathVariable UUID id) {
        return markets.totals(id);
    }
}
