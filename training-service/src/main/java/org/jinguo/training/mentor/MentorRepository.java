package org.jinguo.training.mentor;

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

/** Mentors and their agreements. */
@Repository
class MentorRepository extends Table<Mentor> {

    private static final String MENTOR = "id, name_zh, expertise, organization, town_code, person_id, joined_on, version";
    private static final String AGREEMENT = "id, mentor_id, kind, party_kind, village_id, enterprise_name, town_code, signed_on, ends_on,"
            + " terminated_on, summary, version";
    private final Table<Agreement> agreements;

    MentorRepository(JdbcClient jdbc) {
        super(jdbc, "mentor", MENTOR, MentorRepository::mentorRow, MentorRepository::bind);
        this.agreements = new Table<>(jdbc, "agreement", AGREEMENT, MentorRepository::agreementRow, MentorRepository::bind,
                Set.of("mentor_id", "kind", "party_kind", "village_id", "enterprise_name", "town_code", "signed_on", "ends_on", "summary"));
    }

    Page<Mentor> mentors(String townCode, PageQuery query) {
        return page(Filter.where().equal("town_code", townCode), "name_zh, id", query);
    }

    void insert(Agreement agreement) {
        agreements.insert(agreement);
    }

    /** Writes the termination only: the agreement's terms stay as signed. */
    boolean updateTermination(Agreement agreement, long expectedVersion) {
        return agreements.update(agreement, expectedVersion);
    }

    boolean agreementExists(UUID id) {
        return agreements.exists(id);
    }

    Optional<Agreement> agreement(UUID id) {
        return agreements.find(id);
    }

    Page<Agreement> agreements(AgreementFilter filter, PageQuery query) {
        return agreements.page(Filter.where().equal("mentor_id", filter.mentorId()).equal("town_code", filter.townCode())
                .onOrAfter("signed_on", filter.from()).onOrBefore("signed_on", filter.to()), "signed_on, id", query);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Mentor mentor) {
        return statement.param("id", mentor.id()).param("nameZh", mentor.nameZh()).param("expertise", mentor.expertise())
                .param("organization", mentor.organization()).param("townCode", mentor.townCode()).param("personId", mentor.personId())
                .param("joinedOn", mentor.joinedOn()).param("version", mentor.version());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Agreement agreement) {
        AgreementParty party = agreement.party();
        return statement.param("id", agreement.id()).param("mentorId", agreement.mentorId()).param("kind", agreement.kind().name())
                .param("partyKind", party.village() ? "VILLAGE" : "ENTERPRISE").param("villageId", party.villageId())
                .param("enterpriseName", party.enterpriseName()).param("townCode", party.townCode())
                .param("signedOn", agreement.signedOn()).param("endsOn", agreement.endsOn())
                .param("terminatedOn", agreement.terminatedOn()).param("summary", agreement.summary())
                .param("version", agreement.version());
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
