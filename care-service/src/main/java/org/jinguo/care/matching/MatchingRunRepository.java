package org.jinguo.care.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
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
class MatchingRunRepository {

    private static final String COLUMNS = """
            id, town_code, run_on, requested_by, requested_at, children_waiting, mothers_available, feasible_pairs, proposals, total_score,
            solve_millis""";

    private final JdbcClient jdbc;

    /** One run at a time in the whole service: two at once would propose the same mothers' room twice. */
    void lockRuns() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('care.matching-run'))").query(Object.class).single();
    }

    void insert(MatchingRun run) {
        jdbc.sql("""
                insert into matching_run (%s) values (:id, :townCode, :runOn, :requestedBy, :requestedAt, :childrenWaiting, :mothersAvailable,
                    :feasiblePairs, :proposals, :totalScore, :solveMillis)
                """.formatted(COLUMNS)).param("id", run.id()).param("townCode", run.townCode()).param("runOn", run.runOn())
                .param("requestedBy", run.requestedBy()).param("requestedAt", Timestamp.from(run.requestedAt()))
                .param("childrenWaiting", run.childrenWaiting()).param("mothersAvailable", run.mothersAvailable())
                .param("feasiblePairs", run.feasiblePairs()).param("proposals", run.proposals()).param("totalScore", run.totalScore())
                .param("solveMillis", run.solveMillis()).update();
    }

    Optional<MatchingRun> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from matching_run where id = :id").param("id", id).query(this::row).optional();
    }

    Page<MatchingRun> recent(String townCode, PageQuery query) {
        return Filter.where().equal("town_code", townCode).page(jdbc, COLUMNS, "matching_run", "requested_at desc, id desc", this::row, query);
    }

    private MatchingRun row(ResultSet rs, int n) throws SQLException {
        return new MatchingRun(rs.getObject("id", UUID.class), rs.getString("town_code"), rs.getObject("run_on", LocalDate.class),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getInt("children_waiting"),
                rs.getInt("mothers_available"), rs.getInt("feasible_pairs"), rs.getInt("proposals"), rs.getLong("total_score"),
                rs.getLong("solve_millis"));
    }
}
