package org.jinguo.commerce.online;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.commerce.money.Fen;
import org.jinguo.commerce.workshop.Workshop;
import org.jinguo.commerce.workshop.WorkshopService;
import org.jinguo.events.commerce.CommerceEvents;
import org.jinguo.events.commerce.SalesRecordedV1;
import org.jinguo.messaging.outbox.EventOutbox;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.problem.FieldProblem;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The brand matrix's livestream accounts, their sessions, and their sales and refunds. Staff keep
 * accounts (town staff those of their town's workshops); a partner client posts and reads the
 * sales of the accounts it is authorised on, and sees no other account.
 *
 * <p>A sales batch is idempotent twice over: a batch id seen before answers what it answered
 * then (another body under the same id is refused), and a record whose external id the account
 * has already is not counted again. Valid records are stored, every other one is reported with
 * its reason; a batch with no valid record at all is refused whole (422) and leaves no trace.
 */
@Service
@Transactional
@RequiredArgsConstructor
class OnlineSalesService {

    static final int MAX_BATCH = 10_000;

    private final OnlineRepository online;
    private final WorkshopService workshops;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final JsonMapper json;

    /** A workshop's account takes the workshop's town; a brand's account has none, so only city-wide staff open one. */
    LivestreamAccount open(UUID id, Platform platform, String accountName, UUID ownerWorkshopId, String ownerBrand, Set<String> partners) {
        String town = null;
        if (ownerWorkshopId != null) {
            Workshop workshop = workshops.workshop(ownerWorkshopId);
            town = workshop.profile().townCode();
        }
        TownScope.requireActsIn(town);
        if (online.accountExists(id)) {
            throw ApiException.conflict("ACCOUNT_ID_TAKEN", id);
        }
        LivestreamAccount account = new LivestreamAccount(id, platform, accountName, ownerWorkshopId, ownerBrand, town, partners, 1);
        if (!online.insert(account)) {
            throw ApiException.conflict("ACCOUNT_NAME_TAKEN", platform, accountName);
        }
        audit.record("livestream-account.opened", "livestream-account", id, null, account);
        return online.account(id).orElseThrow();
    }

    LivestreamAccount authorise(UUID id, Set<String> partners) {
        LivestreamAccount account = account(id);
        TownScope.requireActsIn(account.townCode());
        online.replacePartners(id, partners);
        audit.record("livestream-account.partners-changed", "livestream-account", id, account.partnerClients(), partners);
        return online.account(id).orElseThrow();
    }

    /** An account the caller may see: staff by town, a partner only the accounts it is authorised on; others answer 404. */
    @Transactional(readOnly = true)
    LivestreamAccount account(UUID id) {
        LivestreamAccount account = online.account(id).orElseThrow(() -> accountNotFound(id));
        if (!maySee(Caller.current(), account)) {
            throw accountNotFound(id);
        }
        return account;
    }

    @Transactional(readOnly = true)
    Page<LivestreamAccount> accounts(String townCode, PageQuery query) {
        Caller caller = Caller.current();
        String client = caller.isPartner() ? caller.subject() : null;
        String town = client != null ? townCode : TownScope.listFilter(townCode);
        return Page.of(online.accounts(town, client, query.offset(), query.size()), query, online.countAccounts(town, client));
    }

    LivestreamSession startSession(UUID accountId, UUID id, String host, Instant startsAt, Instant endsAt) {
        LivestreamAccount account = account(accountId);
        requireMayPost(account);
        if (online.sessionExists(id)) {
            throw ApiException.conflict("SESSION_ID_TAKEN", id);
        }
        LivestreamSession session = new LivestreamSession(id, accountId, host, startsAt, endsAt);
        online.insert(session);
        audit.record("livestream-session.recorded", "livestream-session", id, null, session);
        return session;
    }

    @Transactional(readOnly = true)
    LivestreamSession session(UUID id) {
        LivestreamSession session = online.session(id).orElseThrow(() -> sessionNotFound(id));
        LivestreamAccount account = online.account(session.accountId()).orElseThrow();
        if (!maySee(Caller.current(), account)) {
            throw sessionNotFound(id);
        }
        return session;
    }

    @Transactional(readOnly = true)
    Page<LivestreamSession> sessionsOf(UUID accountId, PageQuery query) {
        account(accountId);
        return Page.of(online.sessionsOf(accountId, query.offset(), query.size()), query, online.countSessionsOf(accountId));
    }

    @Transactional(readOnly = true)
    SessionTotals totals(UUID sessionId) {
        session(sessionId);
        return online.totals(sessionId);
    }

    @Transactional(readOnly = true)
    Page<OnlineSale> salesOf(UUID sessionId, PageQuery query) {
        session(sessionId);
        return Page.of(online.salesOf(sessionId, query.offset(), query.size()), query, online.countSalesOf(sessionId));
    }

    /** @param raw the records as sent: each is read on its own, so one of the wrong shape is reported, not fatal to the batch */
    BatchResult ingest(UUID batchId, List<JsonNode> raw) {
        Caller caller = Caller.current();
        String bodyHash = hash(raw);
        List<SaleRecord> records = raw.stream().map(this::read).toList();
        online.lockBatch(batchId);
        var stored = online.batch(batchId);
        if (stored.isPresent()) {
            if (!stored.get().client().equals(caller.subject()) || !stored.get().bodyHash().equals(bodyHash)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "BATCH_ID_REUSED", batchId);
            }
            return json.readValue(stored.get().response(), BatchResult.class);
        }
        Set<UUID> sessionIds = new LinkedHashSet<>();
        records.stream().filter(record -> record != null && record.sessionId() != null).forEach(record -> sessionIds.add(record.sessionId()));
        Map<UUID, LivestreamSession> sessions = online.sessions(sessionIds);
        Map<UUID, LivestreamAccount> accounts = online.accounts(sessions.values().stream().map(LivestreamSession::accountId).toList());
        BatchCheck.Sorted sorted = BatchCheck.sort(records, sessions, accounts, account -> mayPost(caller, account));
        List<Rejection> rejected = sorted.rejected().stream()
                .map(each -> each.externalId() == null ? new Rejection(each.index(), externalIdAsSent(raw.get(each.index())), each.reason())
                        : each)
                .toList();
        if (sorted.accepted().isEmpty()) {
            throw nothingToStore(rejected);
        }
        List<UUID> touched = sorted.accepted().stream().map(each -> each.session().id()).distinct().toList();
        online.lockSessions(touched);
        int inserted = online.insertAll(sorted.accepted(), batchId);
        for (UUID session : touched) {
            publishTotals(sessions.get(session), accounts.get(sessions.get(session).accountId()));
        }
        BatchResult result = new BatchResult(batchId, records.size(), inserted, sorted.accepted().size() - inserted, rejected);
        online.keepBatch(batchId, caller.subject(), bodyHash, json.writeValueAsString(result));
        audit.record("sales-batch.ingested", "sales-batch", batchId, null,
                new BatchSummary(result.received(), result.stored(), result.alreadyRecorded(), result.rejected().size()));
        return result;
    }

    private void publishTotals(LivestreamSession session, LivestreamAccount account) {
        SessionTotals totals = online.totals(session.id());
        outbox.publish(CommerceEvents.SALES_TOPIC, CommerceEvents.SALES_RECORDED, session.id().toString(),
                new SalesRecordedV1(session.id(), "LIVESTREAM", account.townCode(), session.day(), totals.salesFen(), totals.refundsFen(),
                        totals.items(), totals.records()));
    }

    private void requireMayPost(LivestreamAccount account) {
        if (!mayPost(Caller.current(), account)) {
            throw ApiException.forbidden("ACCOUNT_NOT_AUTHORISED", account.id());
        }
    }

    private static boolean mayPost(Caller caller, LivestreamAccount account) {
        if (caller.isPartner()) {
            return caller.scopes().contains("commerce.write") && account.authorises(caller.subject());
        }
        return caller.hasRole("CITY_ADMIN") || caller.hasRole("COMMERCE_STAFF") || caller.hasRole("TOWN_STAFF") && caller.actsIn(account.townCode());
    }

    private static boolean maySee(Caller caller, LivestreamAccount account) {
        return caller.isPartner() ? account.authorises(caller.subject()) : TownScope.isVisible(account.townCode());
    }

    /** A batch of which no record can be stored is bad input: a 422 naming each record's reason, and nothing kept. */
    private static ApiException nothingToStore(List<Rejection> rejected) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "NO_RECORD_STORABLE", rejected.stream()
                .map(each -> new FieldProblem("records[" + each.index() + "]", each.reason(), null, Fen.MAX_RECORDED))
                .toList());
    }

    /** @return null when the record is not of the record's shape */
    private SaleRecord read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        try {
            return json.treeToValue(node, SaleRecord.class);
        } catch (JacksonException malformed) {
            return null;
        }
    }

    private static String externalIdAsSent(JsonNode node) {
        JsonNode externalId = node == null ? null : node.get("externalId");
        return externalId != null && externalId.isString() ? externalId.asString() : null;
    }

    private String hash(List<JsonNode> records) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(records).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException accountNotFound(UUID id) {
        return ApiException.notFound("ACCOUNT_NOT_FOUND", id);
    }

    private static ApiException sessionNotFound(UUID id) {
        return ApiException.notFound("LIVESTREAM_SESSION_NOT_FOUND", id);
    }

    /**
     * @param received        records in the batch
     * @param stored          records stored now
     * @param alreadyRecorded valid records whose external id the account had already: not counted again
     * @param rejected        every other record, with its reason
     */
    record BatchResult(UUID batchId, int received, int stored, int alreadyRecorded, List<Rejection> rejected) {
    }

    /** What the audit trail keeps of a batch. */
    record BatchSummary(int received, int stored, int alreadyRecorded, int rejected) {
    }
}
