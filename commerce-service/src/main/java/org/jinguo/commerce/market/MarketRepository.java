package org.jinguo.commerce.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Market events, their stalls and sales; totals are sums over the sales. */
@Repository
class MarketRepository extends Table<MarketEvent> {

    private static final String EVENT = "id, kind, name, held_on, ends_on, place, organizer, town_code, version";

    MarketRepository(JdbcClient jdbc) {
        super(jdbc, "market_event", EVENT, MarketRepository::eventRow, MarketRepository::bind);
    }

    /** Locks the event until the transaction ends, so each sale's published totals include every sale before it. */
    void lock(UUID id) {
        jdbc.sql("select id from market_event where id = :id for update").param("id", id).query().listOfRows();
    }

    Page<MarketEvent> search(MarketFilter filter, PageQuery query) {
        return page(Filter.where().equal("kind", filter.kind()).equal("town_code", filter.townCode()).onOrAfter("held_on", filter.from())
                .onOrBefore("held_on", filter.to()), "held_on desc, id", query);
    }

    /** @return false when the workshop has a stall at this event already */
    boolean insert(Stall stall) {
        return jdbc.sql("""
                insert into stall (id, event_id, workshop_id, vendor_name) values (:id, :eventId, :workshopId, :vendorName)
                on conflict do nothing
                """).param("id", stall.id()).param("eventId", stall.eventId()).param("workshopId", stall.workshopId())
                .param("vendorName", stall.vendorName()).update() == 1;
    }

    Optional<Stall> stall(UUID eventId, UUID stallId) {
        return jdbc.sql("select id, event_id, workshop_id, vendor_name from stall where id = :id and event_id = :eventId")
                .param("id", stallId).param("eventId", eventId)
                .query((rs, n) -> new Stall(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getObject("workshop_id", UUID.class), rs.getString("vendor_name")))
                .optional();
    }

    /** @return false when a sale with this external id was recorded at the stall before */
    boolean insertSale(UUID id, Stall stall, long amountFen, int items, String externalId) {
        return jdbc.sql("""
                insert into stall_sale (id, stall_id, event_id, amount_fen, items, external_id)
                values (:id, :stallId, :eventId, :amount, :items, :externalId) on conflict do nothing
                """).param("id", id).param("stallId", stall.id()).param("eventId", stall.eventId()).param("amount", amountFen)
                .param("items", items).param("externalId", externalId).update() == 1;
    }

    List<StallTotal> stallTotals(UUID eventId) {
        return jdbc.sql("""
                select s.id, s.workshop_id, s.vendor_name, coalesce(sum(x.amount_fen), 0) as sales_fen,
                       coalesce(sum(x.items), 0) as items, count(x.id) as sales
                from stall s left join stall_sale x on x.stall_id = s.id
                where s.event_id = :eventId group by s.id order by s.vendor_name nulls first, s.id
                """).param("eventId", eventId)
                .query((rs, n) -> new StallTotal(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class),
                        rs.getString("vendor_name"), rs.getLong("sales_fen"), rs.getLong("items"), rs.getLong("sales")))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, MarketEvent event) {
        return statement.param("id", event.id()).param("kind", event.kind().name()).param("name", event.name())
                .param("heldOn", event.heldOn()).param("endsOn", event.endsOn()).param("place", event.place())
                .param("organizer", event.organizer()).param("townCode", event.townCode()).param("version", event.version());
    }

    private static MarketEvent eventRow(ResultSet rs, int rowNumber) throws SQLException {
        return new MarketEvent(rs.getObject("id", UUID.class), MarketKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getObject("held_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("place"),
                rs.getString("organizer"), rs.getString("town_code"), rs.getLong("version"));
    }
}
