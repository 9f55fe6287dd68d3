package org.jinguo.commerce.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
class EmploymentRepository extends Table<Employment> {

    private static final String COLUMNS = "id, workshop_id, person_id, worker_id, outcome_id, town_code, started_on, ended_on,"
            + " monthly_pay_fen, version";

    EmploymentRepository(JdbcClient jdbc) {
        super(jdbc, "employment", COLUMNS, EmploymentRepository::row, EmploymentRepository::bind,
                Set.of("workshop_id", "person_id", "worker_id", "town_code", "started_on", "monthly_pay_fen"));
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

    Page<Employment> search(EmploymentFilter filter, PageQuery query) {
        return page(Filter.where().equal("workshop_id", filter.workshopId()).equal("person_id", filter.personId())
                .equal("town_code", filter.townCode()), "started_on, id", query);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Employment employment) {
        return statement.param("id", employment.id()).param("workshopId", employment.workshopId())
                .param("personId", employment.employee().personId()).param("workerId", employment.employee().workerId())
                .param("outcomeId", employment.outcomeId()).param("townCode", employment.townCode())
                .param("startedOn", employment.startedOn()).param("endedOn", employment.endedOn())
                .param("monthlyPayFen", employment.monthlyPayFen()).param("version", employment.version());
    }

    private static Employment row(ResultSet rs, int rowNumber) throws SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        Employee employee = person != null ? Employee.person(person) : Employee.worker(rs.getObject("worker_id", UUID.class));
        return new Employment(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class), employee,
                rs.getObject("outcome_id", UUID.class), rs.getString("town_code"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), (Long) rs.getObject("monthly_pay_fen"), rs.getLong("version"));
    }
}
