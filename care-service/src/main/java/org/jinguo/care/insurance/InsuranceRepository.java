package org.jinguo.care.insurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
class InsuranceRepository {

    private static final String ENROLMENT_COLUMNS = """
            id, programme_id, person_id, birth_year, monthly_income_per_capita_fen, town_code, status, applied_on, enrolled_on,
                   cover_ends_on, rejection_reason, version""";
    private static final String ENROLMENT = "select " + ENROLMENT_COLUMNS + " from insurance_enrolment";

    private final JdbcClient jdbc;

    void insert(Programme programme) {
        jdbc.sql("""
                insert into insurance_programme (id, year, name, premium_fen, income_limit_fen, min_age, max_age)
                values (:id, :year, :name, :premiumFen, :incomeLimitFen, :minAge, :maxAge)
                """).param("id", programme.id()).param("year", programme.year()).param("name", programme.name())
                .param("premiumFen", programme.premiumFen()).param("incomeLimitFen", programme.incomeLimitFen())
                .param("minAge", programme.minAge()).param("maxAge", programme.maxAge()).update();
    }

    boolean yearTaken(int year) {
        return jdbc.sql("select count(*) from insurance_programme where year = :year").param("year", year).query(Long.class).single() > 0;
    }

    Optional<Programme> programme(UUID id) {
        return jdbc.sql("select * from insurance_programme where id = :id").param("id", id).query(this::programmeRow).optional();
    }

    List<Programme> programmes() {
        return jdbc.sql("select * from insurance_programme order by year desc").query(this::programmeRow).list();
    }

    void insert(Enrolment enrolment, String womanHash, byte[] sealed) {
        jdbc.sql("""
                insert into insurance_enrolment (id, programme_id, person_id, woman_hash, personal_sealed, birth_year,
                    monthly_income_per_capita_fen, town_code, status, applied_on, enrolled_on, cover_ends_on, rejection_reason, version)
                values (:id, :programmeId, :personId, :womanHash, :sealed, :birthYear, :income, :townCode, :status, :appliedOn, null, null, null, 1)
                """).param("id", enrolment.id()).param("programmeId", enrolment.programmeId()).param("personId", enrolment.personId())
                .param("womanHash", womanHash).param("sealed", sealed).param("birthYear", enrolment.birthYear())
                .param("income", enrolment.monthlyIncomePerCapitaFen()).param("townCode", enrolment.townCode())
                .param("status", enrolment.status().name()).param("appliedOn", enrolment.appliedOn()).update();
    }

    boolean enrolledAlready(UUID programmeId, String womanHash) {
        return jdbc.sql("select count(*) from insurance_enrolment where programme_id = :programmeId and woman_hash = :hash and status <> 'REJECTED'")
                .param("programmeId", programmeId).param("hash", womanHash).query(Long.class).single() > 0;
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from insurance_enrolment where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean update(Enrolment enrolment, long readVersion) {
        return jdbc.sql("""
                update insurance_enrolment set status = :status, enrolled_on = :enrolledOn, cover_ends_on = :coverEndsOn,
                    rejection_reason = :reason, version = :version where id = :id and version = :readVersion
                """).param("id", enrolment.id()).param("status", enrolment.status().name()).param("enrolledOn", enrolment.enrolledOn())
                .param("coverEndsOn", enrolment.coverEndsOn()).param("reason", enrolment.rejectionReason())
                .param("version", enrolment.version()).param("readVersion", readVersion).update() == 1;
    }

    Optional<Enrolment> enrolment(UUID id) {
        return jdbc.sql(ENROLMENT + " where id = :id").param("id", id).query(this::enrolmentRow).optional();
    }

    byte[] sealedPersonal(UUID id) {
        return jdbc.sql("select personal_sealed from insurance_enrolment where id = :id").param("id", id).query(byte[].class).single();
    }

    Page<Enrolment> enrolments(UUID programmeId, String townCode, InsuranceEnrolmentStatus status, PageQuery query) {
        return Filter.where().equal("programme_id", programmeId).equal("town_code", townCode).equal("status", status)
                .page(jdbc, ENROLMENT_COLUMNS, "insurance_enrolment", "applied_on desc, id", this::enrolmentRow, query);
    }

    private Programme programmeRow(ResultSet rs, int n) throws SQLException {
        return new Programme(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("name"), rs.getLong("premium_fen"),
                rs.getLong("income_limit_fen"), rs.getInt("min_age"), rs.getInt("max_age"));
    }

    private Enrolment enrolmentRow(ResultSet rs, int n) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getInt("birth_year"), rs.getLong("monthly_income_per_capita_fen"), rs.getString("town_code"),
                InsuranceEnrolmentStatus.valueOf(rs.getString("status")), rs.getObject("applied_on", LocalDate.class),
                rs.getObject("enrolled_on", LocalDate.class), rs.getObject("cover_ends_on", LocalDate.class), rs.getString("rejection_reason"),
                rs.getLong("version"));
    }
}
