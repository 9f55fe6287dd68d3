package org.jinguo.training.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutcomeRepository extends Table<Outcome> {

    private static final String COLUMNS = "id, person_id, course_id, employed, workshop_id, workplace, employment_id, started_on,"
            + " ended_on, monthly_income_before_fen, monthly_income_after_fen, town_code, recorded_at, version";

    OutcomeRepository(JdbcClient jdbc) {
        super(jdbc, "outcome", COLUMNS, OutcomeRepository::row, OutcomeRepository::bind, Set.of("person_id", "course_id", "town_code",
                "recorded_at"));
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

    Page<Outcome> ofPerson(UUID personId, PageQuery query) {
        return page(Filter.where().equal("person_id", personId), "recorded_at, id", query);
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
                .param("monthlyIncomeBeforeFen", outcome.monthlyIncomeBeforeFen())
                .param("monthlyIncomeAfterFen", outcome.monthlyIncomeAfterFen())
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
