package org.jinguo.care.helper;

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
class HelperRepository {

    private static final String COLUMNS = "id, kind, account_subject, town_code, registered_on, left_on, version";

    private final JdbcClient jdbc;

    void insert(Helper helper, byte[] sealed, String phoneHash) {
        jdbc.sql("""
                insert into helper (id, kind, account_subject, personal_sealed, phone_hash, town_code, registered_on, left_on, version)
                values (:id, :kind, :accountSubject, :sealed, :phoneHash, :townCode, :registeredOn, null, 1)
                """).param("id", helper.id()).param("kind", helper.kind().name()).param("accountSubject", helper.accountSubject())
                .param("sealed", sealed).param("phoneHash", phoneHash).param("townCode", helper.townCode())
                .param("registeredOn", helper.registeredOn()).update();
    }

    boolean leave(UUID id, LocalDate leftOn) {
        return jdbc.sql("update helper set left_on = :leftOn, version = version + 1 where id = :id and left_on is null")
                .param("id", id).param("leftOn", leftOn).update() == 1;
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from helper where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean accountTaken(String subject) {
        return subject != null && jdbc.sql("select count(*) from helper where account_subject = :subject").param("subject", subject)
                .query(Long.class).single() > 0;
    }

    Optional<Helper> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from helper where id = :id").param("id", id).query(this::row).optional();
    }

    byte[] sealedPersonal(UUID id) {
        return jdbc.sql("select personal_sealed from helper where id = :id").param("id", id).query(byte[].class).single();
    }

    Page<Helper> search(String townCode, HelperKind kind, PageQuery query) {
        return Filter.where().equal("town_code", townCode).equal("kind", kind)
                .page(jdbc, COLUMNS, "helper", "registered_on desc, id desc", this::row, query);
    }

    void attach(Attachment attachment) {
        jdbc.sql("""
                insert into helper_attachment (id, helper_id, mother_id, child_id, attached_on, detached_on)
                values (:id, :helperId, :motherId, :childId, :attachedOn, null)
                """).param("id", attachment.id()).param("helperId", attachment.helperId()).param("motherId", attachment.motherId())
                .param("childId", attachment.childId()).param("attachedOn", attachment.attachedOn()).update();
    }

    boolean attached(UUID helperId, UUID motherId, UUID childId) {
        return jdbc.sql("""
                select count(*) from helper_attachment where helper_id = :helperId and detached_on is null
                and mother_id is not distinct from :motherId and child_id is not distinct from :childId
                """).param("helperId", helperId).param("motherId", motherId).param("childId", childId).query(Long.class).single() > 0;
    }

    Optional<Attachment> attachment(UUID id) {
        return jdbc.sql("select id, helper_id, mother_id, child_id, attached_on, detached_on from helper_attachment where id = :id")
                .param("id", id).query(this::attachmentRow).optional();
    }

    List<Attachment> attachments(UUID helperId) {
        return jdbc.sql("select id, helper_id, mother_id, child_id, attached_on, detached_on from helper_attachment "
                        + "where helper_id = :helperId order by attached_on, id")
                .param("helperId", helperId).query(this::attachmentRow).list();
    }

    boolean detach(UUID id, LocalDate detachedOn) {
        return jdbc.sql("update helper_attachment set detached_on = :on where id = :id and detached_on is null and attached_on <= :on")
                .param("id", id).param("on", detachedOn).update() == 1;
    }

    private Attachment attachmentRow(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getObject("id", UUID.class), rs.getObject("helper_id", UUID.class), rs.getObject("mother_id", UUID.class),
                rs.getObject("child_id", UUID.class), rs.getObject("attached_on", LocalDate.class), rs.getObject("detached_on", LocalDate.class));
    }

    private Helper row(ResultSet rs, int n) throws SQLException {
        return new Helper(rs.getObject("id", UUID.class), HelperKind.valueOf(rs.getString("kind")), rs.getString("account_subject"),
                rs.getString("town_code"), rs.getObject("registered_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                rs.getLong("version"));
    }
}
