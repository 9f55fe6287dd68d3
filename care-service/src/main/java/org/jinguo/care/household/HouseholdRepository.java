package org.jinguo.care.household;

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
class HouseholdRepository {

    private final JdbcClient jdbc;

    void insert(Household household, byte[] sealed) {
        jdbc.sql("""
                insert into household (id, town_code, village_id, new_resident, in_hardship, personal_sealed, registered_on, version)
                values (:id, :townCode, :villageId, :newResident, :inHardship, :sealed, :registeredOn, 1)
                """).param("id", household.id()).param("townCode", household.townCode()).param("villageId", household.villageId())
                .param("newResident", household.newResident()).param("inHardship", household.inHardship()).param("sealed", sealed)
                .param("registeredOn", household.registeredOn()).update();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from household where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Household> find(UUID id) {
        return jdbc.sql("select * from household where id = :id").param("id", id).query(this::row).optional();
    }

    /** The towns of these households, for checking a list of participants at once. */
    List<Household> findAll(List<UUID> ids) {
        return jdbc.sql("select * from household where id = any(:ids)").param("ids", ids.toArray(UUID[]::new)).query(this::row).list();
    }

    byte[] sealedPersonal(UUID id) {
        return jdbc.sql("select personal_sealed from household where id = :id").param("id", id).query(byte[].class).single();
    }

    Page<Household> search(String townCode, Boolean inHardship, PageQuery query) {
        return Filter.where().equal("town_code", townCode).equal("in_hardship", inHardship)
                .page(jdbc, "*", "household", "registered_on desc, id desc", this::row, query);
    }

    void insertVisit(HardshipVisit visit, byte[] sealedNotes, Instant recordedAt) {
        jdbc.sql("""
                insert into hardship_visit (id, household_id, visited_on, visited_by, support, notes_sealed, town_code, recorded_at)
                values (:id, :householdId, :visitedOn, :visitedBy, :support, :notes, :townCode, :recordedAt)
                """).param("id", visit.id()).param("householdId", visit.householdId()).param("visitedOn", visit.visitedOn())
                .param("visitedBy", visit.visitedBy()).param("support", visit.support().name()).param("notes", sealedNotes)
                .param("townCode", visit.townCode()).param("recordedAt", Timestamp.from(recordedAt)).update();
    }

    record StoredVisit(HardshipVisit visit, byte[] sealedNotes) {
    }

    List<StoredVisit> visits(UUID householdId) {
        return jdbc.sql("select * from hardship_visit where household_id = :id order by visited_on desc, id").param("id", householdId)
                .query((rs, n) -> new StoredVisit(new HardshipVisit(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                        rs.getObject("visited_on", LocalDate.class), rs.getString("visited_by"), SupportKind.valueOf(rs.getString("support")),
                        null, rs.getString("town_code")), rs.getBytes("notes_sealed"))).list();
    }

    void insertActivity(FamilyActivity activity, List<UUID> households, Instant recordedAt) {
        jdbc.sql("""
                insert into family_activity (id, kind, title, held_on, town_code, place, host_organization_id, recorded_at)
                values (:id, :kind, :title, :heldOn, :townCode, :place, :host, :recordedAt)
                """).param("id", activity.id()).param("kind", activity.kind().name()).param("title", activity.title())
                .param("heldOn", activity.heldOn()).param("townCode", activity.townCode()).param("place", activity.place())
                .param("host", activity.hostOrganizationId()).param("recordedAt", Timestamp.from(recordedAt)).update();
        addParticipants(activity.id(), households);
    }

    /** @return how many households were new to the activity */
    int addParticipants(UUID activityId, List<UUID> households) {
        return jdbc.sql("""
                insert into family_activity_household (activity_id, household_id) select :activityId, unnest(:households)
                on conflict do nothing
                """).param("activityId", activityId).param("households", households.toArray(UUID[]::new)).update();
    }

    boolean activityExists(UUID id) {
        return jdbc.sql("select count(*) from family_activity where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<FamilyActivity> activity(UUID id) {
        return jdbc.sql(ACTIVITY + " where a.id = :id").param("id", id).query(this::activityRow).optional();
    }

    Page<FamilyActivity> activities(String townCode, ActivityKind kind, LocalDate from, LocalDate to, PageQuery query) {
        return Filter.where().equal("a.town_code", townCode).equal("a.kind", kind).onOrAfter("a.held_on", from).onOrBefore("a.held_on", to)
                .page(jdbc, ACTIVITY_COLUMNS, "family_activity a", "a.held_on desc, a.id", this::activityRow, query);
    }

    private static final String ACTIVITY_COLUMNS =
            "a.*, (select count(*) from family_activity_household p where p.activity_id = a.id) as households";
    private static final String ACTIVITY = "select " + ACTIVITY_COLUMNS + " from family_activity a";

    private FamilyActivity activityRow(ResultSet rs, int n) throws SQLException {
        return new FamilyActivity(rs.getObject("id", UUID.class), ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), rs.getString("town_code"), rs.getString("place"),
                rs.getObject("host_organization_id", UUID.class), rs.getInt("households"));
    }

    private Household row(ResultSet rs, int n) throws SQLException {
        return new Household(rs.getObject("id", UUID.class), rs.getString("town_code"), rs.getObject("village_id", UUID.class),
                rs.getBoolean("new_resident"), rs.getBoolean("in_hardship"), rs.getObject("registered_on", LocalDate.class), rs.getLong("version"));
    }
}
