package org.jinguo.commerce.online;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.ids.UuidV7;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Livestream accounts, their sessions, and the sales and refunds recorded for them. */
@Repository
@RequiredArgsConstructor
class OnlineRepository {

    private static final String ACCOUNT = "select a.id, a.platform, a.account_name, a.owner_workshop_id, a.owner_brand, a.town_code,"
            + " a.version, array(select client_id from account_partner p where p.account_id = a.id order by client_id) as partners"
            + " from livestream_account a";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    /** @return false when the platform already has an account of that name */
    boolean insert(LivestreamAccount account) {
        boolean inserted = jdbc.sql("""
                insert into livestream_account (id, platform, account_name, owner_workshop_id, owner_brand, town_code, version)
                values (:id, :platform, :name, :workshop, :brand, :townCode, :version) on conflict do nothing
                """).param("id", account.id()).param("platform", account.platform().name()).param("name", account.accountName())
                .param("workshop", account.ownerWorkshopId()).param("brand", account.ownerBrand()).param("townCode", account.townCode())
                .param("version", account.version()).update() == 1;
        if (inserted) {
            replacePartners(account.id(), account.partnerClients());
        }
        return inserted;
    }

    void replacePartners(UUID accountId, Set<String> clients) {
        jdbc.sql("delete from account_partner where account_id = :id").param("id", accountId).update();
        for (String client : clients) {
            jdbc.sql("insert into account_partner (account_id, client_id) values (:id, :client)").param("id", accountId)
                    .param("client", client).update();
        }
        jdbc.sql("update livestream_account set version = version + 1 where id = :id").param("id", accountId).update();
    }

    boolean accountExists(UUID id) {
        return jdbc.sql("select count(*) from livestream_account where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<LivestreamAccount> account(UUID id) {
        return jdbc.sql(ACCOUNT + " where a.id = :id").param("id", id).query(OnlineRepository::accountRow).optional();
    }

    Map<UUID, LivestreamAccount> accounts(Collection<UUID> ids) {
        return jdbc.sql(ACCOUNT + " where a.id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query(OnlineRepository::accountRow).list().stream().collect(Collectors.toMap(LivestreamAccount::id, Function.identity()));
    }

    /** @param client null for every account; else those the partner client is authorised on */
    List<LivestreamAccount> accounts(String townCode, String client, long offset, int limit) {
        return jdbc.sql(ACCOUNT + """
                 where (cast(:townCode as text) is null or a.town_code = :townCode)
                   and (cast(:client as text) is null or exists (select 1 from account_partner p where p.account_id = a.id and p.client_id = :client))
                 order by a.platform, a.account_name offset :offset limit :limit
                """).param("townCode", townCode).param("client", client).param("offset", offset).param("limit", limit)
                .query(OnlineRepository::accountRow).list();
    }

    long countAccounts(String townCode, String client) {
        return jdbc.sql("""
                select count(*) from livestream_account a
                where (cast(:townCode as text) is null or a.town_code = :townCode)
                  and (cast(:client as text) is null or exists (select 1 from account_partner p where p.account_id = a.id and p.client_id = :client))
                """).param("townCode", townCode).param("client", client).query(Long.class).single();
    }

    void insert(LivestreamSession session) {
        jdbc.sql("insert into livestream_session (id, account_id, host, starts_at, ends_at) values (:id, :account, :host, :starts, :ends)")
                .param("id", session.id()).param("account", session.accountId()).param("host", session.host())
                .param("starts", OffsetDateTime.ofInstant(session.startsAt(), ZoneOffset.UTC))
                .param("ends", OffsetDateTime.ofInstant(session.endsAt(), ZoneOffset.UTC))
                .update();
    }

    boolean sessionExists(UUID id) {
        return jdbc.sql("select count(*) from livestream_session where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<LivestreamSession> session(UUID id) {
        return jdbc.sql("select id, account_id, host, starts_at, ends_at from livestream_session where id = :id").param("id", id)
                .query(OnlineRepository::sessionRow).optional();
    }

    Map<UUID, LivestreamSession> sessions(Collection<UUID> ids) {
        return jdbc.sql("select id, account_id, host, starts_at, ends_at from livestream_session where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(OnlineRepository::sessionRow).list().stream()
                .collect(Collectors.toMap(LivestreamSession::id, Function.identity()));
    }

    List<LivestreamSession> sessionsOf(UUID accountId, long offset, int limit) {
        return jdbc.sql("select id, account_id, host, starts_at, ends_at from livestream_session where account_id = :id"
                        + " order by starts_at desc, id offset :offset limit :limit")
                .param("id", accountId).param("offset", offset).param("limit", limit).query(OnlineRepository::sessionRow).list();
    }

    long countSessionsOf(UUID accountId) {
        return jdbc.sql("select count(*) from livestream_session where account_id = :id").param("id", accountId).query(Long.class).single();
    }

    /** Locks the sessions, in id order (no deadlock between batches), so each published total includes every record before it. */
    void lockSessions(Collection<UUID> ids) {
        jdbc.sql("select id from livestream_session where id = any(:ids) order by id for update").param("ids", ids.toArray(UUID[]::new))
                .query().listOfRows();
    }

    /** Stores the records; a record whose external id the account has already is skipped. @return how many were stored */
    int insertAll(List<BatchCheck.Accepted> records, UUID batchId) {
        MapSqlParameterSource[] rows = records.stream().map(each -> new MapSqlParameterSource()
                        .addValue("id", UuidV7.next()).addValue("account", each.account().id()).addValue("session", each.session().id())
                        .addValue("externalId", each.record().externalId()).addValue("kind", each.record().kind())
                        .addValue("amount", each.record().amountFen()).addValue("items", each.record().items())
                        .addValue("on", each.record().on()).addValue("townCode", each.account().townCode()).addValue("batch", batchId))
                .toArray(MapSqlParameterSource[]::new);
        int[] counts = batches.batchUpdate("""
                insert into online_sale (id, account_id, session_id, external_id, kind, amount_fen, items, occurred_on, town_code, batch_id)
                values (:id, :account, :session, :externalId, :kind, :amount, :items, :on, :townCode, :batch)
                on conflict (account_id, external_id) do nothing
                """, rows);
        return Arrays.stream(counts).sum();
    }

    SessionTotals totals(UUID sessionId) {
        return jdbc.sql("""
                select coalesce(sum(amount_fen) filter (where kind = 'SALE'), 0) as sales_fen,
                       coalesce(sum(amount_fen) filter (where kind = 'REFUND'), 0) as refunds_fen,
                       coalesce(sum(items) filter (where kind = 'SALE'), 0) as items, count(*) as records
                from online_sale where session_id = :id
                """).param("id", sessionId)
                .query((rs, n) -> SessionTotals.of(sessionId, rs.getLong("sales_fen"), rs.getLong("refunds_fen"), rs.getLong("items"),
                        rs.getLong("records")))
                .single();
    }

    /** Requests with one batch id take their turn until the first one's transaction ends. */
    void lockBatch(UUID batchId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:id, 0))").param("id", batchId.toString()).query().listOfRows();
    }

    Optional<StoredBatch> batch(UUID batchId) {
        return jdbc.sql("select client, body_hash, response::text as response from sales_batch where batch_id = :id").param("id", batchId)
                .query((rs, n) -> new StoredBatch(rs.getString("client"), rs.getString("body_hash"), rs.getString("response"))).optional();
    }

    /** @return false when another request stored this batch first */
    boolean keepBatch(UUID batchId, String client, String bodyHash, String response) {
        return jdbc.sql("""
                insert into sales_batch (batch_id, client, body_hash, response) values (:id, :client, :hash, cast(:response as jsonb))
                on conflict do nothing
                """).param("id", batchId).param("client", client).param("hash", bodyHash).param("response", response).update() == 1;
    }

    /** A session's sales and refunds, in the order recorded. */
    List<OnlineSale> salesOf(UUID sessionId, long offset, int limit) {
        return jdbc.sql("""
                select external_id, kind, amount_fen, items, occurred_on from online_sale where session_id = :id
                order by id offset :offset limit :limit
                """).param("id", sessionId).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new OnlineSale(rs.getString("external_id"), SaleKind.valueOf(rs.getString("kind")), rs.getLong("amount_fen"),
                        rs.getInt("items"), rs.getObject("occurred_on", LocalDate.class)))
                .list();
    }

    long countSalesOf(UUID sessionId) {
        return jdbc.sql("select count(*) from online_sale where session_id = :id").param("id", sessionId).query(Long.class).single();
    }

    record StoredBatch(String client, String bodyHash, String response) {
    }

    private static LivestreamAccount accountRow(ResultSet rs, int rowNumber) throws SQLException {
        return new LivestreamAccount(rs.getObject("id", UUID.class), Platform.valueOf(rs.getString("platform")), rs.getString("account_name"),
                rs.getObject("owner_workshop_id", UUID.class), rs.getString("owner_brand"), rs.getString("town_code"),
                strings(rs.getArray("partners")), rs.getLong("version"));
    }

    private static LivestreamSession sessionRow(ResultSet rs, int rowNumber) throws SQLException {
        return new LivestreamSession(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("host"),
                instant(rs, "starts_at"), instant(rs, "ends_at"));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
