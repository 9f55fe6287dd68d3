package org.jinguo.care.mediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
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
class MediationRepository {

    private final JdbcClient jdbc;

    record Stored(UUID id, String caseNumber, DisputeKind kind, byte[] sealedParties, String townCode, LocalDate openedOn,
                  MediationStatus status, MediationOutcome outcome, byte[] sealedOutcome, LocalDate closedOn, long version) {
    }

    String nextCaseNumber(LocalDate openedOn) {
        long next = jdbc.sql("select nextval('mediation_case_number_seq')").query(Long.class).single();
        return "MD-%d-%06d".formatted(Year.from(openedOn).getValue(), next);
    }

    void insert(Stored stored) {
        jdbc.sql("""
                insert into mediation_case (id, case_number, kind, parties_sealed, town_code, opened_on, status, outcome, outcome_sealed,
                    closed_on, version)
                values (:id, :caseNumber, :kind, :parties, :townCode, :openedOn, :status, null, null, null, 1)
                """).param("id", stored.id()).param("caseNumber", stored.caseNumber()).param("kind", stored.kind().name())
                .param("parties", stored.sealedParties()).param("townCode", stored.townCode()).param("openedOn", stored.openedOn())
                .param("status", stored.status().name()).update();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from mediation_case where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean update(Stored stored, long readVersion) {
        return jdbc.sql("""
                update mediation_case set status = :status, outcome = :outcome, outcome_sealed = :outcomeSealed, closed_on = :closedOn,
                    version = :version where id = :id and version = :readVersion
                """).param("id", stored.id()).param("status", stored.status().name())
                .param("outcome", stored.outcome() == null ? null : stored.outcome().name()).param("outcomeSealed", stored.sealedOutcome())
                .param("closedOn", stored.closedOn()).param("version", stored.version()).param("readVersion", readVersion).update() == 1;
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("select * from mediation_case where id = :id").param("id", id).query(this::row).optional();
    }

    Page<Stored> search(String townCode, MediationStatus status, PageQuery query) {
        return Filter.where().equal("town_code", townCode).equal("status", status)
                .page(jdbc, "*", "mediation_case", "opened_on desc, id", this::row, query);
    }

    private Stored row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Stored(rs.getObject("id", UUID.class), rs.getString("case_number"), DisputeKind.valueOf(rs.getString("kind")),
                rs.getBytes("parties_sealed"), rs.getString("town_code"), rs.getObject("opened_on", LocalDate.class),
                MediationStatus.valueOf(rs.getString("status")), outcome == null ? null : MediationOutcome.valueOf(outcome),
                rs.getBytes("outcome_sealed"), rs.getObject("closed_on", LocalDate.class), rs.getLong("version"));
    }
}
