package org.jinguo.care.mother;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.ids.UuidV7;
import org.jinguo.jdbc.Filter;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

@Repository
@RequiredArgsConstructor
class MotherRepository {

    private static final String COLUMNS = """
            id, person_id, account_subject, skills, town_code, village_id, latitude, longitude, capacity, availability, preferred_age_min,
            preferred_age_max, safeguarding_checked_on, status, status_effective_on, registered_on, version""";

    private final JdbcClient jdbc;

    record SealedMother(byte[] personal, String phoneHash, String idNumberHash) {
    }

    void insert(CaringMother mother, SealedMother sealed) {
        bind(jdbc.sql("""
                insert into caring_mother (%s, personal_sealed, phone_hash, id_number_hash)
                values (:id, :personId, :accountSubject, :skills, :townCode, :villageId, :latitude, :longitude, :capacity, :availability,
                        :ageMin, :ageMax, :safeguardingOn, :status, :statusOn, :registeredOn, :version, :sealed, :phoneHash, :idNumberHash)
                """.formatted(COLUMNS)), mother).param("sealed", sealed.personal()).param("phoneHash", sealed.phoneHash())
                .param("idNumberHash", sealed.idNumberHash()).update();
    }

    boolean update(CaringMother mother, long readVersion) {
        return bind(jdbc.sql("""
                update caring_mother set account_subject = :accountSubject, skills = :skills, town_code = :townCode, village_id = :villageId,
                    latitude = :latitude, longitude = :longitude, capacity = :capacity, availability = :availability,
                    preferred_age_min = :ageMin, preferred_age_max = :ageMax, safeguarding_checked_on = :safeguardingOn, status = :status,
                    status_effective_on = :statusOn, version = :version
                where id = :id and version = :readVersion
                """), mother).param("readVersion", readVersion).update() == 1;
    }

    void replacePersonal(UUID id, SealedMother sealed) {
        jdbc.sql("update caring_mother set personal_sealed = :sealed, phone_hash = :phoneHash, id_number_hash = :idNumberHash where id = :id")
                .param("id", id).param("sealed", sealed.personal()).param("phoneHash", sealed.phoneHash())
                .param("idNumberHash", sealed.idNumberHash()).update();
    }

    void recordStatus(UUID motherId, MotherStatus status, LocalDate effectiveOn, String reason) {
        jdbc.sql("""
                insert into caring_mother_status_change (id, mother_id, status, effective_on, reason)
                values (:id, :motherId, :status, :effectiveOn, :reason)
                """).param("id", UuidV7.next()).param("motherId", motherId).param("status", status.name()).param("effectiveOn", effectiveOn)
                .param("reason", reason).update();
    }

    record StatusChange(MotherStatus status, LocalDate effectiveOn, @Nullable String reason) {
    }

    List<StatusChange> statusChanges(UUID motherId) {
        return jdbc.sql("select status, effective_on, reason from caring_mother_status_change where mother_id = :id order by effective_on, recorded_at")
                .param("id", motherId).query((rs, n) -> new StatusChange(MotherStatus.valueOf(rs.getString("status")),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("reason"))).list();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from caring_mother where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean taken(String column, Object value, UUID except) {
        return value != null && jdbc.sql("select count(*) from caring_mother where " + column + " = :value and id <> :except")
                .param("value", value).param("except", except).query(Long.class).single() > 0;
    }

    Optional<CaringMother> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from caring_mother where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<CaringMother> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from caring_mother where id = :id for no key update").param("id", id).query(this::row).optional();
    }

    Optional<CaringMother> ofAccount(String subject) {
        return jdbc.sql("select " + COLUMNS + " from caring_mother where account_subject = :subject").param("subject", subject)
                .query(this::row).optional();
    }

    Optional<CaringMother> ofPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from caring_mother where person_id = :personId").param("personId", personId)
                .query(this::row).optional();
    }

    byte[] sealedPersonal(UUID id) {
        return jdbc.sql("select personal_sealed from caring_mother where id = :id").param("id", id).query(byte[].class).single();
    }

    Page<CaringMother> search(String townCode, MotherStatus status, Skill skill, String phoneHash, OffsetDateTime updatedSince,
                              PageQuery query) {
        return Filter.where().equal("town_code", townCode).equal("status", status).when(skill == null ? null : skill.name(), "? = any(skills)")
                .equal("phone_hash", phoneHash).onOrAfter("updated_at", updatedSince).page(jdbc, COLUMNS, "caring_mother", "registered_on desc, id desc", this::row, query);
    }

    /** Active mothers in the towns (every town when null). */
    List<CaringMother> active(List<String> townCodes) {
        return jdbc.sql("select " + COLUMNS + " from caring_mother where status = 'ACTIVE' "
                        + "and (cast(:towns as text[]) is null or town_code = any(:towns)) order by id")
                .param("towns", townCodes == null ? null : townCodes.toArray(String[]::new)).query(this::row).list();
    }

    void certification(UUID personId, LocalDate completedOn, UUID courseId) {
        jdbc.sql("""
                insert into caring_mother_certification (person_id, completed_on, course_id) values (:personId, :completedOn, :courseId)
                on conflict (person_id) do update set completed_on = least(caring_mother_certification.completed_on, excluded.completed_on)
                """).param("personId", personId).param("completedOn", completedOn).param("courseId", courseId).update();
    }

    Optional<LocalDate> certifiedOn(UUID personId) {
        return jdbc.sql("select completed_on from caring_mother_certification where person_id = :personId").param("personId", personId)
                .query(LocalDate.class).optional();
    }

    private static StatementSpec bind(StatementSpec statement, CaringMother mother) {
        MotherProfile profile = mother.profile();
        return statement.param("id", mother.id()).param("personId", mother.personId()).param("accountSubject", mother.accountSubject())
                .param("skills", profile.skills().stream().map(Enum::name).toArray(String[]::new)).param("townCode", profile.townCode())
                .param("villageId", profile.villageId()).param("latitude", profile.latitude()).param("longitude", profile.longitude())
                .param("capacity", profile.capacity()).param("availability", profile.availability().stream().map(Enum::name).toArray(String[]::new))
                .param("ageMin", profile.preferredAgeMin()).param("ageMax", profile.preferredAgeMax())
                .param("safeguardingOn", profile.safeguardingCheckedOn()).param("status", mother.status().name())
                .param("statusOn", mother.statusEffectiveOn()).param("registeredOn", mother.registeredOn()).param("version", mother.version());
    }

    private CaringMother row(ResultSet rs, int rowNumber) throws SQLException {
        return new CaringMother(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("account_subject"),
                new MotherProfile(strings(rs.getArray("skills")).stream().map(Skill::valueOf).toList(), rs.getString("town_code"),
                        rs.getObject("village_id", UUID.class), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getInt("capacity"),
                        strings(rs.getArray("availability")).stream().map(Availability::valueOf).toList(),
                        (Integer) rs.getObject("preferred_age_min"), (Integer) rs.getObject("preferred_age_max"),
                        rs.getObject("safeguarding_checked_on", LocalDate.class)),
                MotherStatus.valueOf(rs.getString("status")), rs.getObject("status_effective_on", LocalDate.class),
                rs.getObject("registered_on", LocalDate.class), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
