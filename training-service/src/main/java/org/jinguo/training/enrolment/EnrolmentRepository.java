package org.jinguo.training.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnrolmentRepository extends Table<Enrolment> {

    private static final String COLUMNS = "id, session_id, person_id, status, requested_at, placed_at, cancelled_at, checked_in_at,"
            + " version";

    EnrolmentRepository(JdbcClient jdbc) {
        super(jdbc, "enrolment", COLUMNS, EnrolmentRepository::row, EnrolmentRepository::bind);
    }

    /** Unguarded by version: every change to a session's enrolments is made under the session's lock. */
    void update(Enrolment enrolment) {
        bind(jdbc.sql("""
                update enrolment set status = :status, placed_at = :placedAt, cancelled_at = :cancelledAt,
                       checked_in_at = :checkedInAt, version = :version
                where id = :id
                """), enrolment).update();
    }

    /** The database's clock, read in the caller's turn: one clock for every instance of the service. */
    Instant momentUnderLock() {
        return jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single().toInstant();
    }

    Optional<Enrolment> live(UUID sessionId, UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from enrolment where session_id = :sessionId and person_id = :personId"
                        + " and status <> 'CANCELLED'")
                .param("sessionId", sessionId).param("personId", personId)
                .query(EnrolmentRepository::row).optional();
    }

    /** The first {@code limit} of the session's waiting list. */
    List<Enrolment> firstWaiting(UUID sessionId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from enrolment where session_id = :sessionId and status = 'WAITING'"
                        + " order by requested_at, id limit :limit")
                .param("sessionId", sessionId).param("limit", limit)
                .query(EnrolmentRepository::row).list();
    }

    /** 1 for the first waiting, or null when the enrolment is not waiting. */
    Integer waitingPosition(Enrolment enrolment) {
        if (enrolment.status() != EnrolmentStatus.WAITING) {
            return null;
        }
        return jdbc.sql("""
                select count(*) + 1 from enrolment
                where session_id = :sessionId and status = 'WAITING' and (requested_at, id) < (:requestedAt, :id)
                """)
                .param("sessionId", enrolment.sessionId()).param("requestedAt", moment(enrolment.requestedAt()))
                .param("id", enrolment.id())
                .query(Integer.class).single();
    }

    Page<Enrolment> search(EnrolmentFilter filter, PageQuery query) {
        return page(Filter.where().equal("session_id", filter.sessionId()).equal("person_id", filter.personId())
                .equal("status", filter.status()).onOrAfter("updated_at", filter.updatedSince()), "requested_at, id", query);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Enrolment enrolment) {
        return statement
                .param("id", enrolment.id())
                .param("sessionId", enrolment.sessionId())
                .param("personId", enrolment.personId())
                .param("status", enrolment.status().name())
                .param("requestedAt", moment(enrolment.requestedAt()))
                .param("placedAt", moment(enrolment.placedAt()))
                .param("cancelledAt", moment(enrolment.cancelledAt()))
                .param("checkedInAt", moment(enrolment.checkedInAt()))
                .param("version", enrolment.version());
    }

    private static OffsetDateTime moment(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Enrolment row(ResultSet rs, int rowNumber) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getObject("person_id", UUID.class), EnrolmentStatus.valueOf(rs.getString("status")),
                instant(rs, "requested_at"), instant(rs, "placed_at"), instant(rs, "cancelled_at"), instant(rs, "checked_in_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
