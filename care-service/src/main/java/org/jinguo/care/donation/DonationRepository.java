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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class DonationRepository {

    private static final String DONATION = """
            select d.*, coalesce((select sum(a.value_fen) from donation_allocation a where a.donation_id = d.id), 0) as allocated_fen
            from donation d""";
    private static final String FILTER = """
             where (cast(:town as text) is null or d.town_code = :town) and (cast(:kind as text) is null or d.kind = :kind)
            and (cast(:from as date) is null or d.received_on >= :from) and (cast(:to as date) is null or d.received_on <= :to)""";

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

    List<Donation> search(String townCode, DonationKind kind, LocalDate from, LocalDate to, long offset, int limit) {
        return jdbc.sql(DONATION + FILTER + " order by d.received_on desc, d.id offset :offset limit :limit").param("town", townCode)
                .param("kind", kind == null ? null : kind.name()).param("from", from).param("to", to).param("offset", offset)
                .param("limit", limit).query(this::row).list();
    }

    long count(String townCode, DonationKind kind, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from donation d" + FILTER).param("town", townCode).param("kind", kind == null ? null : kind.name())
                .param("from", from).param("to", to).query(Long.class).single();
    }

    private Donation row(ResultSet rs, int n) throws SQLException {
        return new Donation(rs.getObject("id", UUID.class), DonationKind.valueOf(rs.getString("kind")), rs.getString("donor_name"),
                DonorKind.valueOf(rs.getString("donor_kind")), rs.getString("description"), rs.getLong("value_fen"),
                rs.getObject("received_on", LocalDate.class), rs.getString("town_code"), rs.getLong("allocated_fen"));
    }
}
