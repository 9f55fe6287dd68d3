package org.jinguo.training.mentor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mentors and their agreements. */
@Repository
@RequiredArgsConstructor
class MentorRepository {

    private static final String MENTOR = "id, name_zh, expertise, organization, town_code, person_id, joined_on, version";
    private static final String AGREEMENT = "id, mentor_id, kind, party_kind, village_id, enterprise_name, town_code, signed_on, ends_on,"
            + " terminated_on, summary, version";
    private static final String AGREEMENT_FILTER = """
             where (cast(:mentorId as uuid) is null or mentor_id = :mentorId)
               and (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:from as date) is null or signed_on >= :from) and (cast(:to as date) is null or signed_on <= :to)
            """;

    private final JdbcClient jdbc;

    void insert(Mentor mentor) {
        bind(jdbc.sql("insert into mentor (" + MENTOR + ") values (:id, :nameZh, :expertise, :organization, :townCode, :personId,"
                + " :joinedOn, :version)"), mentor).update();
    }

    boolean update(Mentor mentor, long expectedVersion) {
        return bind(jdbc.sql("""
                update mentor set name_zh = :nameZh, expertise = :expertise, organization = :organization, town_code = :townCode,
                       person_id = :personId, joined_on = :joinedOn, version = :version
                where id = :id and version = :expected
                """), mentor).param("expected", expectedVersion).update() == 1;
    }

    Optional<Mentor> mentor(UUID id) {
        return jdbc.sql("select " + MENTOR + " from mentor where id = :id").param("id", id).query(MentorRepository::mentorRow).optional();
    }

    boolean mentorExists(UUID id) {
        return jdbc.sql("select count(*) from mentor where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    List<Mentor> mentors(String townCode, long offset, int limit) {
        return jdbc.sql("select " + MENTOR + " from mentor where (cast(:townCode as text) is null or town_code = :townCode)"
                        + " order by name_zh, id offset :offset limit :limit")
                .param("townCode", townCode).param("offset", offset).param("limit", limit).query(MentorRepository::mentorRow).list();
    }

    long countMentors(String townCode) {
        return jdbc.sql("select count(*) from mentor where (cast(:townCode as text) is null or town_code = :townCode)")
                .param("townCode", townCode).query(Long.class).single();
    }

    void insert(Agreement agreement) {
        AgreementParty party = agreement.party();
        jdbc.sql("insert into agreement (" + AGREEMENT + ") values (:id, :mentorId, :kind, :partyKind, :villageId, :enterpriseName,"
                        + " :townCode, :signedOn, :endsOn, :terminatedOn, :summary, :version)")
                .param("id", agreement.id()).param("mentorId", agreement.mentorId()).param("kind", agreement.kind().name())
                .param("partyKind", party.village() ? "VILLAGE" : "ENTERPRISE").param("villageId", party.villageId())
                .param("enterpriseName", party.enterpriseName()).param("townCode", party.townCode())
                .param("signedOn", agreement.signedOn()).param("endsOn", agreement.endsOn())
                .param("terminatedOn", agreement.terminatedOn()).param("summary", agreement.summary())
                .param("version", agreement.version())
                .update();
    }

    boolean updateTermination(Agreement agreement, long expectedVersion) {
        return jdbc.sql("update agreement set terminated_on = :terminatedOn, version = :version where id = :id and version = :expected")
                .param("terminatedOn", agreement.terminatedOn()).param("version", agreement.version()).param("id", agreement.id())
                .param("expected", expectedVersion).update() == 1;
    }

    boolean agreementExists(UUID id) {
        return jdbc.sql("select count(*) from agreement where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Agreement> agreement(UUID id) {
        return jdbc.sql("select " + AGREEMENT + " from agreement where id = :id").param("id", id)
                .query(MentorRepository::agreementRow).optional();
    }

    List<Agreement> agreements(AgreementFilter filter, long offset, int limit) {
        return filtered("select " + AGREEMENT + " from agreement" + AGREEMENT_FILTER + " order by signed_on, id offset :offset limit :limit",
                filter).param("offset", offset).param("limit", limit).query(MentorRepository::agreementRow).list();
    }

    long countAgreements(AgreementFilter filter) {
        return filtered("select count(*) from agreement" + AGREEMENT_FILTER, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, AgreementFilter filter) {
        return jdbc.sql(sql).param("mentorId", filter.mentorId()).param("townCode", filter.townCode()).param("from", filter.from())
                .param("to", filter.to());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Mentor mentor) {
        return statement.param("id", mentor.id()).param("nameZh", mentor.nameZh()).param("expertise", mentor.expertise())
                .param("organization", mentor.organization()).param("townCode", mentor.townCode()).param("personId", mentor.personId())
                .param("joinedOn", mentor.joinedOn()).param("version", mentor.version());
    }

    private static Mentor mentorRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Mentor(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("expertise"), rs.getString("organization"),
                rs.getString("town_code"), rs.getObject("person_id", UUID.class), rs.getObject("joined_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static Agreement agreementRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Agreement(rs.getObject("id", UUID.class), rs.getObject("mentor_id", UUID.class), AgreementKind.valueOf(rs.getString("kind")),
                new AgreementParty(rs.getObject("village_id", UUID.class), rs.getString("enterprise_name"), rs.getString("town_code")),
                rs.getObject("signed_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("terminated_on", LocalDate.class), rs.getString("summary"), rs.getLong("version"));
    }
}
