package org.jinguo.care.donation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.jdbc.Filter;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class DonationRepository {

    private static final String DONATION_COLUMNS =
            "d.*, coalesce((select sum(a.value_fen) from donation_allocation a where a.donation_id = d.id), 0) as allocated_fen";
    private static final String DONATION = "select " + DONATION_COLUMNS + " from donation d";
    private final JdbcClient jdbc;

    void insert(Donation donation, Instant recordedAt) {
        jdbc.sql("""
                insert into donation (id, kind, donor_name, donor_kind, description, value_fen, received_on, town_code, recorded_at)
                values (:id, :kind, :donorName, :donorKind, :description, :valueFen, :receivedOn, :townCode, :recordedAt)
                """).param("id", donation.id()).param("kind", donation.kind().name()).param("donorName", donation.donorName())
                .param("donorKind", donation.donorKind().name()).param("description", donation.description())
                .param("valueFen", donation.valueFen()).param("receivedOn", donation.receivedOn()).param("townCode", donation.townCode())
                .param("recordedAt", Timestamp.from(recordedAt)).update();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from donation where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Donation> find(UUID id) {
        return jdbc.sql(DONATION + " where d.id = :id").param("id", id).query(this::row).optional();
    }

    /** Locks the donation so that two allocations at once never give out more than it holds. */
    void lock(UUID id) {
        jdbc.sql("select id from donation where id = :id for update").param("id", id).query(UUID.class).optional();
    }

    void insertAllocation(Allocation allocation) {
        jdbc.sql("""
                insert into donation_allocation (id, donation_id, child_id, household_id, value_fen, allocated_on)
                values (:id, :donationId, :childId, :householdId, :valueFen, :allocatedOn)
                """).param("id", allocation.id()).param("donationId", allocation.donationId()).param("childId", allocation.childId())
                .param("householdId", allocation.householdId()).param("valueFen", allocation.valueFen())
                .param("allocatedOn", allocation.allocatedOn()).update();
    }

    List<Allocation> allocations(UUID donationId) {
        return jdbc.sql("select * from donation_allocation where donation_id = :id order by allocated_on, id").param("id", donationId)
                .query((rs, n) -> new Allocation(rs.getObject("id", UUID.class), rs.getObject("donation_id", UUID.class),
                        rs.getObject("child_id", UUID.class), rs.getObject("household_id", UUID.class), rs.getLong("value_fen"),
                        rs.getObject("allocated_on", LocalDate.class))).list();
    }

    Page<Donation> search(String townCode, DonationKind kind, LocalDate from, LocalDate to, PageQuery query) {
        return Filter.where().equal("d.town_code", townCode).equal("d.kind", kind).onOrAfter("d.received_on", from)
                .onOrBefore("d.received_on", to).page(jdbc, DONATION_COLUMNS, "donation d", "d.received_on desc, d.id", this::row, query);
    }

    private Donation row(ResultSet rs, int n) throws SQLException {
        return new Donation(rs.getObject("id", UUID.class), DonationKind.valueOf(rs.getString("kind")), rs.getString("donor_name"),
                DonorKind.valueOf(rs.getString("donor_kind")), rs.getString("description"), rs.getLong("value_fen"),
                rs.getObject("received_on", LocalDate.class), rs.getString("town_code"), rs.getLong("allocated_fen"));
    }
}
