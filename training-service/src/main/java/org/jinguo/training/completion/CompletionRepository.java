package org.jinguo.training.completion;

import java.sql.ResultSet;
import java.sql.SQLException;
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
class CompletionRepository {

    private static final String COLUMNS = "id, course_id, person_id, completed_on, certificate_number, issued_on";

    private final JdbcClient jdbc;

    /** Her attendances at one course are judged one at a time: a check-in elsewhere waits until this transaction ends. */
    void lock(UUID courseId, UUID personId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "completion:" + courseId + ":" + personId)
                .query().listOfRows();
    }

    /** The course's sessions she attended: checked in, in a session that was not cancelled. */
    long sessionsAttended(UUID courseId, UUID personId) {
        return jdbc.sql("""
                select count(distinct s.id) from enrolment e join course_session s on s.id = e.session_id
                where s.course_id = :courseId and e.person_id = :personId and e.checked_in_at is not null and s.status <> 'CANCELLED'
                """).param("courseId", courseId).param("personId", personId).query(Long.class).single();
    }

    boolean exists(UUID courseId, UUID personId) {
        return jdbc.sql("select count(*) from completion where course_id = :courseId and person_id = :personId")
                .param("courseId", courseId).param("personId", personId).query(Long.class).single() > 0;
    }

    /** The next number of the year's sequence; the counter row is locked until the transaction ends. */
    int nextCertificateSequence(int year) {
        return jdbc.sql("""
                insert into certificate_counter (year, last) values (:year, 1)
                on conflict (year) do update set last = certificate_counter.last + 1
                returning last
                """).param("year", year).query(Integer.class).single();
    }

    /** @return false when she had completed the course already (a check-in elsewhere got there first) */
    boolean insert(Completion completion) {
        return jdbc.sql("""
                insert into completion (id, course_id, person_id, completed_on, certificate_number, issued_on)
                values (:id, :courseId, :personId, :completedOn, :number, :issuedOn)
                on conflict (course_id, person_id) do nothing
                """)
                .param("id", completion.id()).param("courseId", completion.courseId()).param("personId", completion.personId())
                .param("completedOn", completion.completedOn()).param("number", completion.certificateNumber().value())
                .param("issuedOn", completion.issuedOn())
                .update() == 1;
    }

    Optional<Completion> withNumber(CertificateNumber number) {
        return jdbc.sql("select " + COLUMNS + " from completion where certificate_number = :number")
                .param("number", number.value()).query(CompletionRepository::row).optional();
    }

    Page<Completion> ofPerson(UUID personId, PageQuery query) {
        return Filter.where().equal("person_id", personId).page(jdbc, COLUMNS, "completion", "completed_on, id", CompletionRepository::row,
                query);
    }

    private static Completion row(ResultSet rs, int rowNumber) throws SQLException {
        return new Completion(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("completed_on", LocalDate.class), new CertificateNumber(rs.getString("certificate_number")),
                rs.getObject("issued_on", LocalDate.class));
    }
}
