package org.jinguo.care.protection;

import java.time.Instant;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.security.Caller;
import org.jinguo.jdbc.Filter;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only record of every reveal of personal data in clear: who, when, which record, and why. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonalDataAccessRepository {

    private final JdbcClient jdbc;

    /** Written in the reveal's own transaction: no reveal is answered without its entry. */
    public void record(String recordType, UUID recordId, String purpose) {
        Caller caller = Caller.current();
        jdbc.sql("""
                insert into personal_data_access (id, accessed_at, subject, roles, record_type, record_id, purpose)
                values (:id, now(), :subject, :roles, :recordType, :recordId, :purpose)
                """).param("id", UuidV7.next()).param("subject", caller.subject()).param("roles", String.join(",", caller.roles()))
                .param("recordType", recordType).param("recordId", recordId).param("purpose", purpose).update();
    }

    record Access(UUID id, Instant accessedAt, String subject, String roles, String recordType, UUID recordId, String purpose) {
    }

    Page<Access> search(UUID recordId, PageQuery query) {
        return Filter.where().equal("record_id", recordId).page(jdbc, "id, accessed_at, subject, roles, record_type, record_id, purpose",
                "personal_data_access", "accessed_at desc, id desc", (rs, n) -> new Access(rs.getObject("id", UUID.class),
                        rs.getTimestamp("accessed_at").toInstant(), rs.getString("subject"), rs.getString("roles"), rs.getString("record_type"),
                        rs.getObject("record_id", UUID.class), rs.getString("purpose")), query);
    }
}
