package org.jinguo.care.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.jdbc.Filter;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
@RequiredArgsConstructor
class MatchRepository {

    private static final String COLUMNS = """
            id, child_id, mother_id, run_id, status, score_parts, town_code, proposed_at, decided_at, decided_by, decision_note,
            started_on, ended_on, end_reason, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    void insert(Match match) {
        bind(jdbc.sql("""
                insert into care_match (id, child_id, mother_id, run_id, status, score, score_parts, town_code, proposed_at, decided_at,
                    decided_by, decision_note, started_on, ended_on, end_reason, version)
                values (:id, :childId, :motherId, :runId, :status, :score, cast(:scoreParts as jsonb), :townCode, :proposedAt, :decidedAt,
                    :decidedBy, :decisionNote, :startedOn, :endedOn, :endReason, :version)
                """), match).update();
    }

    boolean update(Match match, long readVersion) {
        return bind(jdbc.sql("""
                update care_match set status = :status, decided_at = :decidedAt, decided_by = :decidedBy, decision_note = :decisionNote,
                    started_on = :startedOn, ended_on = :endedOn, end_reason = :endReason, version = :version
                where id = :id and version = :readVersion
                """), match).param("readVersion", readVersion).update() == 1;
    }

    /** Open proposals for these children are replaced by newer ones. */
    int supersedeProposalsFor(List<UUID> childIds) {
        return jdbc.sql("update care_match set status = 'SUPERSEDED', version = version + 1 where status = 'PROPOSED' and child_id = any(:ids)")
                .param("ids", childIds.toArray(UUID[]::new)).update();
    }

    int supersedeProposalsOfMother(UUID motherId) {
        return jdbc.sql("update care_match set status = 'SUPERSEDED', version = version + 1 where status = 'PROPOSED' and mother_id = :id")
                .param("id", motherId).update();
    }

    Optional<Match> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from care_match where id = :id").param("id", id).query(this::row).optional();
    }

    List<Match> confirmedOfMother(UUID motherId) {
        return jdbc.sql("select " + COLUMNS + " from care_match where mother_id = :id and status = 'CONFIRMED' order by started_on, id")
                .param("id", motherId).query(this::row).list();
    }

    Optional<Match> confirmedOfChild(UUID childId) {
        return jdbc.sql("select " + COLUMNS + " from care_match where child_id = :id and status = 'CONFIRMED'").param("id", childId)
                .query(this::row).optional();
    }

    long confirmedCount(UUID motherId) {
        return jdbc.sql("select count(*) from care_match where mother_id = :id and status = 'CONFIRMED'").param("id", motherId)
                .query(Long.class).single();
    }

    Set<RejectedPair> rejectedPairs() {
        return new HashSet<>(jdbc.sql("select distinct child_id, mother_id from care_match where status = 'REJECTED'")
                .query((rs, n) -> new RejectedPair(rs.getObject("child_id", UUID.class), rs.getObject("mother_id", UUID.class))).list());
    }

    /** Confirmed children per mother, for every mother with any. */
    Map<UUID, Integer> loads() {
        Map<UUID, Integer> loads = new HashMap<>();
        jdbc.sql("select mother_id, count(*) as children from care_match where status = 'CONFIRMED' group by mother_id")
                .query((ResultSet rs) -> {
                    loads.put(rs.getObject("mother_id", UUID.class), rs.getInt("children"));
                });
        return loads;
    }

    Page<Match> search(MatchFilter filter, PageQuery query) {
        return Filter.where().equal("status", filter.status()).equal("child_id", filter.childId()).equal("mother_id", filter.motherId())
                .equal("run_id", filter.runId()).equal("town_code", filter.townCode()).onOrAfter("updated_at", filter.updatedSince())
                .page(jdbc, COLUMNS, "care_match", "proposed_at desc, id", this::row, query);
    }

    /** A mother's matches that were confirmed, ended or not. */
    Page<Match> entrustedTo(UUID motherId, OffsetDateTime updatedSince, PageQuery query) {
        return Filter.where().equal("mother_id", motherId).when(List.of(MatchStatus.CONFIRMED.name(), MatchStatus.ENDED.name()),
                        "status in (?)").onOrAfter("updated_at", updatedSince)
                .page(jdbc, COLUMNS, "care_match", "proposed_at desc, id", this::row, query);
    }

    private StatementSpec bind(StatementSpec statement, Match match) {
        return statement.param("id", match.id()).param("childId", match.childId()).param("motherId", match.motherId())
                .param("runId", match.runId()).param("status", match.status().name()).param("score", match.score().total())
                .param("scoreParts", json.writeValueAsString(match.score())).param("townCode", match.townCode())
                .param("proposedAt", Timestamp.from(match.proposedAt()))
                .param("decidedAt", match.decidedAt() == null ? null : Timestamp.from(match.decidedAt()))
                .param("decidedBy", match.decidedBy()).param("decisionNote", match.decisionNote()).param("startedOn", match.startedOn())
                .param("endedOn", match.endedOn()).param("endReason", match.endReason()).param("version", match.version());
    }

    private Match row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Match(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getObject("mother_id", UUID.class),
                rs.getObject("run_id", UUID.class), MatchStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("score_parts"), ScoreParts.class), rs.getString("town_code"),
                rs.getTimestamp("proposed_at").toInstant(), decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decided_by"),
                rs.getString("decision_note"), rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"), rs.getLong("version"));
    }

    record MatchFilter(MatchStatus status, UUID childId, UUID motherId, UUID runId, String townCode, OffsetDateTime updatedSince) {
    }
}
