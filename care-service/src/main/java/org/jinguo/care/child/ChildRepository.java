package org.jinguo.care.child;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.jdbc.Filter;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class ChildRepository {

    private static final String COLUMNS = """
            id, case_number, category, daily_care_need, education_need, social_need, birth_year, guardian_relation, school, town_code,
            village_id, status, registered_on, assessed_on, closed_on, close_reason, service_consent_on, service_consent_withdrawn_on,
            share_consent_on, share_consent_withdrawn_on, erased_at, version""";

    private final JdbcClient jdbc;

    /** A readable case number: CC-year of registration-sequence. */
    String nextCaseNumber(LocalDate registeredOn) {
        long next = jdbc.sql("select nextval('child_case_number_seq')").query(Long.class).single();
        return "CC-%d-%06d".formatted(Year.from(registeredOn).getValue(), next);
    }

    void insert(Child child, SealedChildData sealed) {
        bind(jdbc.sql("""
                insert into child (%s, personal_sealed, id_number_hash, phone_hash)
                values (:id, :caseNumber, :category, :dailyCare, :education, :social, :birthYear, :guardianRelation, :school, :townCode,
                        :villageId, :status, :registeredOn, :assessedOn, :closedOn, :closeReason, :serviceOn, :serviceWithdrawnOn,
                        :shareOn, :shareWithdrawnOn, null, :version, :sealed, :idNumberHash, :phoneHash)
                """.formatted(COLUMNS)), child).param("sealed", sealed.personal()).param("idNumberHash", sealed.idNumberHash())
                .param("phoneHash", sealed.phoneHash()).update();
    }

    /** @return false when the version read is no longer current */
    boolean update(Child child, long readVersion) {
        return bind(jdbc.sql("""
                update child set category = :category, daily_care_need = :dailyCare, education_need = :education, social_need = :social,
                    birth_year = :birthYear, guardian_relation = :guardianRelation, school = :school, town_code = :townCode,
                    village_id = :villageId, status = :status, assessed_on = :assessedOn, closed_on = :closedOn, close_reason = :closeReason,
                    service_consent_on = :serviceOn, service_consent_withdrawn_on = :serviceWithdrawnOn, share_consent_on = :shareOn,
                    share_consent_withdrawn_on = :shareWithdrawnOn, version = :version
                where id = :id and version = :readVersion
                """), child).param("readVersion", readVersion).update() == 1;
    }

    void replacePersonal(UUID id, SealedChildData sealed) {
        jdbc.sql("update child set personal_sealed = :sealed, id_number_hash = :idNumberHash, phone_hash = :phoneHash where id = :id")
                .param("id", id).param("sealed", sealed.personal()).param("idNumberHash", sealed.idNumberHash())
                .param("phoneHash", sealed.phoneHash()).update();
    }

    /** Erased: the hashes go too, so the child can no longer be found by her identifiers. */
    void markErased(UUID id) {
        jdbc.sql("update child set erased_at = now(), id_number_hash = null, phone_hash = null, version = version + 1 where id = :id")
                .param("id", id).update();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from child where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean idNumberTaken(String idNumberHash, UUID except) {
        return jdbc.sql("select count(*) from child where id_number_hash = :hash and id <> :except").param("hash", idNumberHash)
                .param("except", except).query(Long.class).single() > 0;
    }

    Optional<Child> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from child where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<Child> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from child where id = :id for no key update").param("id", id).query(this::row).optional();
    }

    byte[] sealedPersonal(UUID id) {
        return jdbc.sql("select personal_sealed from child where id = :id").param("id", id).query(byte[].class).single();
    }

    Page<Child> search(ChildFilter filter, PageQuery query) {
        return Filter.where().equal("town_code", filter.townCode()).equal("status", filter.status()).equal("category", filter.category())
                .equal("id_number_hash", filter.idNumberHash()).equal("phone_hash", filter.phoneHash())
                .when(filter.onlyIds() == null ? null : filter.onlyIds().toArray(UUID[]::new), "id = any(?)")
                .when(filter.sharedOn() == null ? null : Date.valueOf(filter.sharedOn()),
                        "share_consent_on <= ? and (share_consent_withdrawn_on is null or share_consent_withdrawn_on > ?)")
                .onOrAfter("updated_at", filter.updatedSince())
                .page(jdbc, COLUMNS, "child", "registered_on desc, id desc", this::row, query);
    }

    /** Children waiting for a caring mother in the town (every town when null), in case-number order. */
    List<Child> awaitingMatch(String townCode) {
        return jdbc.sql("select " + COLUMNS + " from child where status = 'ASSESSED' and (cast(:town as text) is null or town_code = :town) "
                + "order by case_number").param("town", townCode).query(this::row).list();
    }

    private StatementSpec filtered(String sql, ChildFilter filter) {
        return jdbc.sql(sql).param("townCode", filter.townCode()).param("status", filter.status() == null ? null : filter.status().name())
                .param("category", filter.category() == null ? null : filter.category().name())
                .param("idNumberHash", filter.idNumberHash()).param("phoneHash", filter.phoneHash())
                .param("only", filter.onlyIds() == null ? null : filter.onlyIds().toArray(UUID[]::new))
                .param("sharedOn", filter.sharedOn() == null ? null : Date.valueOf(filter.sharedOn()));
    }

    private static StatementSpec bind(StatementSpec statement, Child child) {
        ChildProfile profile = child.profile();
        Needs needs = child.needs();
        Consent service = child.consent(ConsentKind.SERVICE);
        Consent sharing = child.consent(ConsentKind.SHARING);
        return statement.param("id", child.id()).param("caseNumber", child.caseNumber()).param("category", profile.category().name())
                .param("dailyCare", needs == null ? null : needs.dailyCare().points())
                .param("education", needs == null ? null : needs.education().points())
                .param("social", needs == null ? null : needs.social().points())
                .param("birthYear", profile.birthYear()).param("guardianRelation", profile.guardianRelation().name())
                .param("school", profile.school()).param("townCode", profile.townCode()).param("villageId", profile.villageId())
                .param("status", child.status().name()).param("registeredOn", child.registeredOn()).param("assessedOn", child.assessedOn())
                .param("closedOn", child.closedOn()).param("closeReason", child.closeReason() == null ? null : child.closeReason().name())
                .param("serviceOn", service.givenOn()).param("serviceWithdrawnOn", service.withdrawnOn())
                .param("shareOn", sharing.givenOn()).param("shareWithdrawnOn", sharing.withdrawnOn()).param("version", child.version());
    }

    private Child row(ResultSet rs, int rowNumber) throws SQLException {
        Needs needs = rs.getObject("daily_care_need") == null ? null
                : new Needs(NeedLevel.ofPoints(rs.getInt("daily_care_need")), NeedLevel.ofPoints(rs.getInt("education_need")),
                NeedLevel.ofPoints(rs.getInt("social_need")));
        String closeReason = rs.getString("close_reason");
        return new Child(rs.getObject("id", UUID.class), rs.getString("case_number"),
                new ChildProfile(ChildCategory.valueOf(rs.getString("category")), rs.getInt("birth_year"),
                        GuardianRelation.valueOf(rs.getString("guardian_relation")), rs.getString("school"), rs.getString("town_code"),
                        rs.getObject("village_id", UUID.class)),
                needs, ChildStatus.valueOf(rs.getString("status")), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("assessed_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                closeReason == null ? null : CloseReason.valueOf(closeReason),
                new Consent(rs.getObject("service_consent_on", LocalDate.class), rs.getObject("service_consent_withdrawn_on", LocalDate.class)),
                new Consent(rs.getObject("share_consent_on", LocalDate.class), rs.getObject("share_consent_withdrawn_on", LocalDate.class)),
                rs.getTimestamp("erased_at") != null, rs.getLong("version"));
    }
}
