package org.jinguo.org.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class CoverageRepository {

    private static final String COLUMNS = "id, unit_id, organization_id, mode, started_on, ended_on";

    private final JdbcClient jdbc;

    void insert(Coverage coverage) {
        jdbc.sql("insert into coverage (" + COLUMNS + ", town_code)"
                        + " select :id, :unitId, :organizationId, :mode, :startedOn, :endedOn, town_code from unit where id = :unitId")
                .param("id", coverage.id())
                .param("unitId", coverage.unitId())
                .param("organizationId", coverage.organizationId())
                .param("mode", coverage.mode().name())
                .param("startedOn", coverage.startedOn())
                .param("endedOn", coverage.endedOn())
                .update();
    }

    void updateEnd(Coverage coverage) {
        jdbc.sql("update coverage set ended_on = :endedOn where id = :id")
                .param("id", coverage.id()).param("endedOn", coverage.endedOn()).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from coverage where id = :id").param("id", id).update();
    }

    /** Locks it, so that ending it and handing it over happen one after the other. */
    Optional<Coverage> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coverage where id = :id for update").param("id", id)
                .query(CoverageRepository::row).optional();
    }

    Optional<Coverage> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coverage where id = :id").param("id", id).query(CoverageRepository::row).optional();
    }

    String townOfUnit(UUID unitId) {
        return jdbc.sql("select town_code from unit where id = :id").param("id", unitId).query(String.class).single();
    }

    /** Locks the unit's row, so that two coverages of one unit are decided one after the other. */
    void lockUnit(UUID unitId) {
        jdbc.sql("select id from unit where id = :id for update").param("id", unitId).query(UUID.class).optional();
    }

    /** Whether the unit is covered on any day from {@code from} on (open ended when {@code to} is null). */
    boolean overlaps(UUID unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from coverage
                where unit_id = :unitId and daterange(started_on, ended_on, '[]') && daterange(:from, :to, '[]')
                """).param("unitId", unitId).param("from", from).param("to", to).query(Long.class).single() > 0;
    }

    /** The unit's coverages, latest first. */
    List<Coverage> ofUnit(UUID unitId) {
        return jdbc.sql("select " + COLUMNS + " from coverage where unit_id = :unitId order by started_on desc")
                .param("unitId", unitId).query(CoverageRepository::row).list();
    }

    /** The organisation's coverages that last until {@code day} or later, locked. */
    List<Coverage> ofOrganizationOnOrAfter(UUID organizationId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from coverage where organization_id = :organizationId"
                        + " and (ended_on is null or ended_on >= :day) order by unit_id for update")
                .param("organizationId", organizationId).param("day", day).query(CoverageRepository::row).list();
    }

    long countOfOrganizationOnOrAfter(UUID organizationId, LocalDate day) {
        return jdbc.sql("select count(distinct unit_id) from coverage where organization_id = :organizationId"
                        + " and (ended_on is null or ended_on >= :day)")
                .param("organizationId", organizationId).param("day", day).query(Long.class).single();
    }

    private static Coverage row(ResultSet rs, int rowNumber) throws SQLException {
        return new Coverage(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("organization_id", UUID.class), EstablishmentMode.valueOf(rs.getString("mode")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class));
    }
}
