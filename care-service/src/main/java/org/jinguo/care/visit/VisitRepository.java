package org.jinguo.care.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
class VisitRepository {

    private static final String COLUMNS = """
            id, child_id, mother_id, helper_id, logged_by, kind, visited_on, duration_minutes, town_code, recorded_at""";

    private final JdbcClient jdbc;

    record Stored(Visit visit, byte[] sealedNotes, String contentHash) {
    }

    /** @return false when a visit with this id is stored already (a replay racing the first send) */
    boolean insert(Visit visit, byte[] sealedNotes, String contentHash) {
        return jdbc.sql("""
                insert into visit (id, child_id, mother_id, helper_id, logged_by, kind, visited_on, duration_minutes, notes_sealed, town_code,
                    recorded_at, content_hash)
                values (:id, :childId, :motherId, :helperId, :loggedBy, :kind, :visitedOn, :duration, :notes, :townCode, :recordedAt, :hash)
                on conflict (id) do nothing
                """).param("id", visit.id()).param("childId", visit.childId()).param("motherId", visit.motherId())
                .param("helperId", visit.helperId()).param("loggedBy", visit.loggedBy()).param("kind", visit.kind().name())
                .param("visitedOn", visit.visitedOn()).param("duration", visit.durationMinutes()).param("notes", sealedNotes)
                .param("townCode", visit.townCode()).param("recordedAt", Timestamp.from(visit.recordedAt())).param("hash", contentHash)
                .update() == 1;
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + ", notes_sealed, content_hash from visit where id = :id").param("id", id)
                .query((rs, n) -> new Stored(row(rs, n), rs.getBytes("notes_sealed"), rs.getString("content_hash"))).optional();
    }

    /** A child's visits, newest first; with {@code recordedSince}, only those recorded at or after it (visits never change). */
    Page<Stored> ofChild(UUID childId, OffsetDateTime recordedSince, PageQuery query) {
        return Filter.where().equal("child_id", childId).onOrAfter("recorded_at", recordedSince)
                .page(jdbc, COLUMNS + ", notes_sealed, content_hash", "visit", "visited_on desc, recorded_at desc",
                        (rs, n) -> new Stored(row(rs, n), rs.getBytes("notes_sealed"), rs.getString("content_hash")), query);
    }

    /** Confirmed matches whose child was last visited (or, never visited, matched) more than {@code days} days before today. */
    List<OverdueChild> overdue(LocalDate today, int days, String townCode, long offset, int limit) {
        return jdbc.sql(OVERDUE + " order by coalesce(last.visited_on, m.started_on), c.case_number offset :offset limit :limit")
                .param("before", today.minusDays(days)).param("town", townCode).param("offset", offset).param("limit", limit)
                .query((rs, n) -> {
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate last = rs.getObject("last_visited_on", LocalDate.class);
                    return new OverdueChild(rs.getObject("child_id", UUID.class), rs.getString("case_number"), rs.getString("town_code"),
                            rs.getObject("mother_id", UUID.class), started, last, ChronoUnit.DAYS.between(last == null ? started : last, today));
                }).list();
    }

    long countOverdue(LocalDate today, int days, String townCode) {
        return jdbc.sql("select count(*) from (" + OVERDUE + ") overdue").param("before", today.minusDays(days)).param("town", townCode)
                .query(Long.class).single();
    }

    private static final String OVERDUE = """
            select m.child_id, c.case_number, m.town_code, m.mother_id, m.started_on, last.visited_on as last_visited_on
            from care_match m join child c on c.id = m.child_id
            left join lateral (select max(v.visited_on) as visited_on from visit v where v.child_id = m.child_id and v.visited_on >= m.started_on) last on true
            where m.status = 'CONFIRMED' and (cast(:town as text) is null or m.town_code = :town)
            and coalesce(last.visited_on, m.started_on) < :before
            """;

    private Visit row(ResultSet rs, int n) throws SQLException {
        return new Visit(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getObject("mother_id", UUID.class),
                rs.getObject("helper_id", UUID.class), rs.getString("logged_by"), VisitKind.valueOf(rs.getString("kind")),
                rs.getObject("visited_on", LocalDate.class), rs.getInt("duration_minutes"), null, rs.getString("town_code"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
