package org.jinguo.commerce.online;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.commerce.online.OnlineRequests.AccountBody;
import org.jinguo.commerce.online.OnlineRequests.BatchBody;
import org.jinguo.commerce.online.OnlineRequests.PartnersBody;
import org.jinguo.commerce.online.OnlineRequests.SessionBody;
import org.jinguo.commerce.online.OnlineSalesService.BatchResult;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Online sales", description = "Livestream accounts of the brand matrix, their sessions, sales and refunds, and bulk ingestion")
@RequiredArgsConstructor
class OnlineSalesController {

    private final OnlineSalesService online;

    @PostMapping("/api/v1/livestream-accounts")
    @Creates
    @Operation(summary = "Open a livestream account", description = "Owned by a workshop (its town) or a brand (no town); "
            + "partnerClients are the partner clients authorised on it. Accepts Idempotency-Key.")
    ResponseEntity<LivestreamAccount> open(@Valid @RequestBody AccountBody body) {
        String brand = body.brand();
        LivestreamAccount account = online.open(body.id() == null ? UuidV7.next() : body.id(), body.platform(), body.accountName(),
                body.ownerWorkshopId(), brand, body.partners());
        return ResponseEntity.created(URI.create("/api/v1/livestream-accounts/" + account.id())).body(account);
    }

    @GetMapping("/api/v1/livestream-accounts")
    @Operation(summary = "Livestream accounts", description = "A partner sees only the accounts it is authorised on.")
    Page<LivestreamAccount> accounts(@RequestParam(required = false) @TownCode String townCode,
                                     PageQuery page) {
        return online.accounts(townCode, page);
    }

    @GetMapping("/api/v1/livestream-accounts/{id}")
    @Operation(summary = "One livestream account")
    LivestreamAccount account(@PathVariable UUID id) {
        return online.account(id);
    }

    @PutMapping("/api/v1/livestream-accounts/{id}/partners")
    @Operation(operationId = "authoriseLivestreamPartners", summary = "Set the partner clients authorised on the account")
    LivestreamAccount authorise(@PathVariable UUID id, @Valid @RequestBody PartnersBody body) {
        return online.authorise(id, body.partnerClients());
    }

    @PostMapping("/api/v1/livestream-accounts/{id}/sessions")
    @Creates
    @Operation(operationId = "startLivestreamSession",
            summary = "Record a livestream session", description = "Staff, or a partner authorised on the account. "
            + "Accepts Idempotency-Key.")
    ResponseEntity<LivestreamSession> startSession(@PathVariable UUID id, @Valid @RequestBody SessionBody body) {
        if (!body.endsAt().isAfter(body.startsAt())) {
            throw ApiException.invalid("endsAt", "ENDS_BEFORE_START");
        }
        LivestreamSession session = online.startSession(id, body.id() == null ? UuidV7.next() : body.id(), body.host(),
                body.startsAt().toInstant(), body.endsAt().toInstant());
        return ResponseEntity.created(URI.create("/api/v1/livestream-sessions/" + session.id())).body(session);
    }

    @GetMapping("/api/v1/livestream-accounts/{id}/sessions")
    @Operation(summary = "An account's sessions, latest first")
    Page<LivestreamSession> sessions(@PathVariable UUID id, PageQuery page) {
        return online.sessionsOf(id, page);
    }

    @GetMapping("/api/v1/livestream-sessions/{id}")
    @Operation(summary = "One livestream session")
    LivestreamSession session(@PathVariable UUID id) {
        return online.session(id);
    }

    @GetMapping("/api/v1/livestream-sessions/{id}/totals")
    @Operation(summary = "A session's sales, refunds and net, in fen")
    SessionTotals totals(@PathVariable UUID id) {
        return online.totals(id);
    }

    @GetMapping("/api/v1/livestream-sessions/{id}/sales")
    @Operation(summary = "A session's recorded sales and refunds")
    Page<OnlineSale> sales(@PathVariable UUID id, PageQuery page) {
        return online.salesOf(id, page);
    }

    @PostMapping("/api/v1/sales-batches")
    @Operation(summary = "Post up to 10,000 sales and refunds at once", description = "Each record: externalId (unique per account), "
            + "kind SALE or REFUND, sessionId, amountFen, items, on (its date). Valid records are stored; rejected lists every other "
            + "record with its reason. Idempotent: the same batchId and body answer as before; a record whose externalId the account "
            + "has already counts under alreadyRecorded, not again. Another body under a used batchId gets 422.")
    BatchResult ingest(@Valid @RequestBody BatchBody body) {
        return online.ingest(body.batchId(), body.records());
    }
}
