package org.jinguo.training.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class OutcomeRepository {

    private static final String COLUMNS = "id, person_id, course_id, employed, workshop_id, workplace, employment_id, started_on,"
            + " ended_on, monthly_income_before_fen, monthly_income_after_fen, town_code, recorded_at, version";

    private final JdbcClient jdbc;

    void insert(Outcome outcome) {
        bind(jdbc.sql("insert into outcome (" + COLUMNS + ") values (:id, :personId, :courseId, :employed, :workshopId, :workplace,"
                + " :employmentId, :startedOn, :endedOn, :before, :after, :townCode, :recordedAt, :version)"), outcome).update();
    }

    /** @return false when it changed since it was read at {@code expectedVersion} */
    boolean update(Outcome outcome, long expectedVersion) {
        return bind(jdbc.sql("""
                update outcome set employed = :employed, workshop_id = :workshopId, workplace = :workplace,
                       employment_id = :employmentId, started_on = :startedOn, ended_on = :endedOn,
                       monthly_income_before_fen = :before, monthly_income_after_fen = :after, version = :version
                where id = :id and version = :expected
                """), outcome).param("expected", expectedVersion).update() == 1;
    }

    Optional<Outcome> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from outcome where id = :id").param("id", id).query(OutcomeRepository::row).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from outcome where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Outcome> withEmployment(UUID employmentId) {
        return jdbc.sql("select " + COLUMNS + " from outcome where employment_id = :employmentId").param("employmentId", employmentId)
                .query(OutcomeRepository::row).optional();
    }

    /** Her latest outcome at that workshop not yet linked to an employment record. */
    Optional<Outcome> unlinkedAt(UUID personId, UUID workshopId) {
        return jdbc.sql("select " + COLUMNS + " from outcome where person_id = :personId and workshop_id = :workshopId"
                        + " and employment_id is null order by started_on desc, recorded_at desc limit 1")
                .param("personId", personId).param("workshopId", workshopId).query(OutcomeRepository::row).optional();
    }

    /** Whether she attended (checked in at) a session of the course that was not cancelled. */
    boolean attended(UUID personId, UUID courseId) {
        return jdbc.sql("""
                select exists (select 1 from enrolment e join course_session s on s.id = e.session_id
                               where e.person_id = :personId and s.course_id = :courseId and e.checked_in_at is not null
                                 and s.status <> 'CANCELLED')
                """).param("personId", personId).param("courseId", courseId).query(Boolean.class).single();
    }

    /** The course she last attended a session of, starting before {@code day} ends: the one a job starting that day is owed to. */
    Optional<UUID> lastCourseAttendedBy(UUID personId, OffsetDateTime dayEnds) {
        return jdbc.sql("""
                select s.course_id from enrolment e join course_session s on s.id = e.session_id
                where e.person_id = :personId and e.checked_in_at is not null and s.status <> 'CANCELLED' and s.starts_at < :dayEnds
                order by s.starts_at desc limit 1
                """).param("personId", personId).param("dayEnds", dayEnds).query(UUID.class).optional();
    }

    List<Outcome> ofPerson(UUID personId, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outcome where person_id = :personId order by recorded_at, id"
                        + " offset :offset limit :limit")
                .param("personId", personId).param("offset", offset).param("limit", limit).query(OutcomeRepository::row).list();
    }

    long countOfPerson(UUID personId) {
        return jdbc.sql("select count(*) from outcome where person_id = :personId").param("personId", personId)
                .query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Outcome outcome) {
        Employment employment = outcome.employment();
        return statement
                .param("id", outcome.id())
                .param("personId", outcome.personId())
                .param("courseId", outcome.courseId())
                .param("employed", outcome.employed())
                .param("workshopId", employment == null ? null : employment.workshopId())
                .param("workplace", employment == null ? null : employment.workplace())
                .param("employmentId", outcome.employmentId())
                .param("startedOn", employment == null ? null : employment.startedOn())
                .param("endedOn", outcome.endedOn())
                .param("before", outcome.monthlyIncomeBeforeFen())
                .param("after", outcome.monthlyIncomeAfterFen())
                .param("townCode", outcome.townCode())
                .param("recordedAt", OffsetDateTime.ofInstant(outcome.recordedAt(), ZoneOffset.UTC))
                .param("version", outcome.version());
    }

    private static Outcome row(ResultSet rs, int rowNumber) throws SQLException {
        Employment employment = rs.getBoolean("employed")
                ? new Employment(rs.getObject("workshop_id", UUID.class), rs.getString("workplace"), rs.getObject("started_on", LocalDate.class))
                : null;
        Instant recordedAt = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return new Outcome(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getObject("course_id", UUID.class),
                employment, (Long) rs.getObject("monthly_income_before_fen"), (Long) rs.getObject("monthly_income_after_fen"),
                rs.getObject("employment_id", UUID.class), rs.getObject("ended_on", LocalDate.class), rs.getString("town_code"),
                recordedAt, rs.getLong("version"));
    }
}
