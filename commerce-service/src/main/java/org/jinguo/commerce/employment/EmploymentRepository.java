package org.jinguo.commerce.employment;

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
class EmploymentRepository {

    private static final String COLUMNS = "id, workshop_id, person_id, worker_id, outcome_id, town_code, started_on, ended_on,"
            + " monthly_pay_fen, version";
    private static final String FILTER = """
             where (cast(:workshopId as uuid) is null or workshop_id = :workshopId)
               and (cast(:personId as uuid) is null or person_id = :personId)
               and (cast(:townCode as text) is null or town_code = :townCode)
            """;

    private final JdbcClient jdbc;

    void insert(Employment employment) {
        jdbc.sql("insert into employment (" + COLUMNS + ") values (:id, :workshopId, :personId, :workerId, :outcomeId, :townCode,"
                        + " :startedOn, :endedOn, :pay, :version)")
                .param("id", employment.id()).param("workshopId", employment.workshopId())
                .param("personId", employment.employee().personId()).param("workerId", employment.employee().workerId())
                .param("outcomeId", employment.outcomeId()).param("townCode", employment.townCode())
                .param("startedOn", employment.startedOn()).param("endedOn", employment.endedOn())
                .param("pay", employment.monthlyPayFen()).param("version", employment.version())
                .update();
    }

    boolean update(Employment employment, long expectedVersion) {
        return jdbc.sql("""
                update employment set outcome_id = :outcomeId, ended_on = :endedOn, version = :version
                where id = :id and version = :expected
                """)
                .param("outcomeId", employment.outcomeId()).param("endedOn", employment.endedOn())
                .param("version", employment.version()).param("id", employment.id()).param("expected", expectedVersion)
                .update() == 1;
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from employment where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Employment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from employment where id = :id").param("id", id)
                .query(EmploymentRepository::row).optional();
    }

    Optional<Employment> ofOutcome(UUID outcomeId) {
        return jdbc.sql("select " + COLUMNS + " from employment where outcome_id = :outcomeId").param("outcomeId", outcomeId)
                .query(EmploymentRepository::row).optional();
    }

    /** Her current work at the workshop not yet linked to a training outcome, the latest first. */
    Optional<Employment> unlinked(UUID personId, UUID workshopId) {
        return jdbc.sql("select " + COLUMNS + " from employment where person_id = :personId and workshop_id = :workshopId"
                        + " and outcome_id is null and ended_on is null order by started_on desc limit 1")
                .param("personId", personId).param("workshopId", workshopId).query(EmploymentRepository::row).optional();
    }

    /** Employments at one workshop are recorded one at a time, so the check for a current one holds. */
    void lockWorkshop(UUID workshopId) {
        jdbc.sql("select id from workshop where id = :id for update").param("id", workshopId).query().listOfRows();
    }

    boolean currentlyEmployed(Employee employee, UUID workshopId) {
        return jdbc.sql("""
                select count(*) from employment
                where workshop_id = :workshopId and ended_on is null
                  and (person_id = cast(:personId as uuid) or worker_id = cast(:workerId as uuid))
                """).param("workshopId", workshopId).param("personId", employee.personId()).param("workerId", employee.workerId())
                .query(Long.class).single() > 0;
    }

    List<Employment> search(EmploymentFilter filter, long offset, int limit) {
        return filtered("select " + COLUMNS + " from employment" + FILTER + " order by started_on, id offset :offset limit :limit", filter)
                .param("offset", offset).param("limit", limit).query(EmploymentRepository::row).list();
    }

    long count(EmploymentFilter filter) {
        return filtered("select count(*) from employment" + FILTER, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, EmploymentFilter filter) {
        return jdbc.sql(sql).param("workshopId", filter.workshopId()).param("personId", filter.personId())
                .param("townCode", filter.townCode());
    }

    private static Employment row(ResultSet rs, int rowNumber) throws SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        Employee employee = person != null ? Employee.person(person) : Employee.worker(rs.getObject("worker_id", UUID.class));
        return new Employment(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class), employee,
                rs.getObject("outcome_id", UUID.class), rs.getString("town_code"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), (Long) rs.getObject("monthly_pay_fen"), rs.getLong("version"));
    }
}
