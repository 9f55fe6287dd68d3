package org.jinguo.commerce.supply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Demands, capacities and allocations. */
@Repository
class SupplyRepository {

    private static final String CAPACITY = "select c.id, c.workshop_id, c.town_code, c.product_id, c.period_start, c.period_end, c.units,"
            + " coalesce((select sum(a.units) from allocation a where a.capacity_id = c.id and a.status <> 'CANCELLED'), 0) as allocated"
            + " from capacity c";
    private static final String DEMAND = "id, buyer, product_id, quantity, deadline, preferred_town_code, posted_on, version";
    private static final String ALLOCATION = "id, demand_id, capacity_id, workshop_id, units, status, chosen_on, fulfilled_on, version";

    private final JdbcClient jdbc;
    private final Table<Demand> demands;
    private final Table<Allocation> allocations;

    SupplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.demands = new Table<>(jdbc, "demand", DEMAND, SupplyRepository::demandRow, SupplyRepository::bind);
        this.allocations = new Table<>(jdbc, "allocation", ALLOCATION, SupplyRepository::allocationRow, SupplyRepository::bind,
                Set.of("demand_id", "capacity_id", "workshop_id", "units", "chosen_on"));
    }

    void insert(Demand demand) {
        demands.insert(demand);
    }

    boolean demandExists(UUID id) {
        return demands.exists(id);
    }

    Optional<Demand> demand(UUID id) {
        return demands.find(id);
    }

    /** @param buyer null for every buyer's */
    Page<Demand> demands(String buyer, PageQuery query) {
        return demands.page(Filter.where().equal("buyer", buyer), "posted_on desc, id", query);
    }

    /** Locks the demand until the transaction ends, so allocations to it are chosen one at a time. */
    void lockDemand(UUID id) {
        jdbc.sql("select id from demand where id = :id for update").param("id", id).query().listOfRows();
    }

    void insert(Capacity capacity) {
        jdbc.sql("""
                insert into capacity (id, workshop_id, product_id, town_code, period_start, period_end, units)
                values (:id, :workshopId, :productId, :townCode, :start, :end, :units)
                """).param("id", capacity.id()).param("workshopId", capacity.workshopId()).param("productId", capacity.productId())
                .param("townCode", capacity.townCode()).param("start", capacity.periodStart()).param("end", capacity.periodEnd())
                .param("units", capacity.units()).update();
    }

    /** The product's capacities whose period has not ended by {@code today}, with what is allocated of each. */
    List<Capacity> openCapacities(UUID productId, LocalDate today) {
        return jdbc.sql(CAPACITY + " where c.product_id = :productId and c.period_end >= :today order by c.id")
                .param("productId", productId).param("today", today).query(SupplyRepository::capacityRow).list();
    }

    Optional<Capacity> capacity(UUID id) {
        return jdbc.sql(CAPACITY + " where c.id = :id").param("id", id).query(SupplyRepository::capacityRow).optional();
    }

    /** Locks the capacity row until the transaction ends: two allocations from it are chosen one after the other. */
    void lockCapacity(UUID id) {
        jdbc.sql("select id from capacity where id = :id for update").param("id", id).query().listOfRows();
    }

    /** @param townCode null for every town's */
    List<Capacity> capacities(UUID workshopId, UUID productId, String townCode, long offset, int limit) {
        return jdbc.sql(CAPACITY + """
                 where (cast(:workshopId as uuid) is null or c.workshop_id = :workshopId)
                   and (cast(:productId as uuid) is null or c.product_id = :productId)
                   and (cast(:townCode as text) is null or c.town_code = :townCode)
                 order by c.period_start, c.id offset :offset limit :limit
                """).param("workshopId", workshopId).param("productId", productId).param("townCode", townCode)
                .param("offset", offset).param("limit", limit).query(SupplyRepository::capacityRow).list();
    }

    long countCapacities(UUID workshopId, UUID productId, String townCode) {
        return jdbc.sql("""
                select count(*) from capacity c
                where (cast(:workshopId as uuid) is null or c.workshop_id = :workshopId)
                  and (cast(:productId as uuid) is null or c.product_id = :productId)
                  and (cast(:townCode as text) is null or c.town_code = :townCode)
                """).param("workshopId", workshopId).param("productId", productId).param("townCode", townCode).query(Long.class).single();
    }

    void insert(Allocation allocation) {
        allocations.insert(allocation);
    }

    /** Writes its status only: what was allocated, from where, stays as chosen. */
    boolean update(Allocation allocation, long expectedVersion) {
        return allocations.update(allocation, expectedVersion);
    }

    Optional<Allocation> allocation(UUID id) {
        return allocations.find(id);
    }

    List<Allocation> allocationsOf(UUID demandId) {
        return allocationsOf(demandId, null);
    }

    /** @param townCode null for every town's; else those from capacities in that town */
    List<Allocation> allocationsOf(UUID demandId, String townCode) {
        return jdbc.sql("select " + ALLOCATION + " from allocation a where demand_id = :id and (cast(:townCode as text) is null"
                        + " or exists (select 1 from capacity c where c.id = a.capacity_id and c.town_code = :townCode))"
                        + " order by chosen_on, id")
                .param("id", demandId).param("townCode", townCode).query(SupplyRepository::allocationRow).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Demand demand) {
        return statement.param("id", demand.id()).param("buyer", demand.buyer()).param("productId", demand.productId())
                .param("quantity", demand.quantity()).param("deadline", demand.deadline())
                .param("preferredTownCode", demand.preferredTownCode()).param("postedOn", demand.postedOn()).param("version", demand.version());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Allocation allocation) {
        return statement.param("id", allocation.id()).param("demandId", allocation.demandId()).param("capacityId", allocation.capacityId())
                .param("workshopId", allocation.workshopId()).param("units", allocation.units()).param("status", allocation.status().name())
                .param("chosenOn", allocation.chosenOn()).param("fulfilledOn", allocation.fulfilledOn()).param("version", allocation.version());
    }

    private static Demand demandRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Demand(rs.getObject("id", UUID.class), rs.getString("buyer"), rs.getObject("product_id", UUID.class), rs.getInt("quantity"),
                rs.getObject("deadline", LocalDate.class), rs.getString("preferred_town_code"), rs.getObject("posted_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static Capacity capacityRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Capacity(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class), rs.getString("town_code"),
                rs.getObject("product_id", UUID.class), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getInt("units"), rs.getInt("allocated"));
    }

    private static Allocation allocationRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Allocation(rs.getObject("id", UUID.class), rs.getObject("demand_id", UUID.class), rs.getObject("capacity_id", UUID.class),
                rs.getObject("workshop_id", UUID.class), rs.getInt("units"), AllocationStatus.valueOf(rs.getString("status")),
                rs.getObject("chosen_on", LocalDate.class), rs.getObject("fulfilled_on", LocalDate.class), rs.getLong("version"));
    }
}
