package org.jinguo.training.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
class SessionRepository {

    private static final String COLUMNS = "id, course_id, starts_at, ends_at, online, place, capacity, trainer, status, viewer_count,"
            + " version";
    private static final String WITH_PLACES_TAKEN = COLUMNS + ", (select count(*) from enrolment e where e.session_id = s.id"
            + " and e.status = 'ENROLLED') as places_taken";
    private static final String SELECT = "select " + WITH_PLACES_TAKEN + " from course_session s";

    private final JdbcClient jdbc;

    void insert(CourseSession session) {
        bind(jdbc.sql("insert into course_session (" + COLUMNS + ") values (:id, :courseId, :startsAt, :endsAt, :online, :place,"
                + " :capacity, :trainer, :status, :viewerCount, :version)"), session)
                .param("courseId", session.courseId())
                .update();
    }

    /** @return false when it changed since it was read at {@code expectedVersion} */
    boolean update(CourseSession session, long expectedVersion) {
        return bind(jdbc.sql("""
                update course_session set starts_at = :startsAt, ends_at = :endsAt, online = :online, place = :place,
                       capacity = :capacity, trainer = :trainer, status = :status, viewer_count = :viewerCount, version = :version
                where id = :id and version = :expected
                """), session).param("expected", expectedVersion).update() == 1;
    }

    Optional<CourseSession> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id)
                .query(SessionRepository::row).optional();
    }

    /**
     * The session, locked until the transaction ends: enrolments into one session take their turn.
     * It is read after the lock is granted, in a statement of its own, so the places taken include
     * what the previous holder of the lock committed.
     */
    Optional<CourseSession> lock(UUID id) {
        boolean found = !jdbc.sql("select id from course_session where id = :id for update").param("id", id).query().listOfRows().isEmpty();
        return found ? find(id) : Optional.empty();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from course_session where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** A course's sessions; with {@code updatedSince}, those changed since, or whose enrolments did. */
    Page<CourseSession> ofCourse(UUID courseId, OffsetDateTime updatedSince, PageQuery query) {
        return Filter.where().equal("course_id", courseId)
                .when(updatedSince, "(s.updated_at >= ? or exists (select 1 from enrolment e where e.session_id = s.id and e.updated_at >= ?))")
                .page(jdbc, WITH_PLACES_TAKEN, "course_session s", "starts_at, id", SessionRepository::row, query);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CourseSession session) {
        SessionPlan plan = session.plan();
        return statement
                .param("id", session.id())
                .param("startsAt", OffsetDateTime.ofInstant(plan.startsAt(), java.time.ZoneOffset.UTC))
                .param("endsAt", OffsetDateTime.ofInstant(plan.endsAt(), java.time.ZoneOffset.UTC))
                .param("online", plan.online())
                .param("place", plan.place())
                .param("capacity", plan.capacity())
                .param("trainer", plan.trainer())
                .param("status", session.status().name())
                .param("viewerCount", session.viewerCount())
                .param("version", session.version());
    }

    private static CourseSession row(ResultSet rs, int rowNumber) throws SQLException {
        SessionPlan plan = new SessionPlan(instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getBoolean("online"),
                rs.getString("place"), rs.getInt("capacity"), rs.getString("trainer"));
        return new CourseSession(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), plan,
                SessionStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("viewer_count"), rs.getInt("places_taken"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
