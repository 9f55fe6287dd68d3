package org.jinguo.commerce.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.jdbc.Filter;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.protection.vault.RecordKey;
import org.jinguo.values.MobilePhone;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores workers with their phone sealed under each worker's data key, hashed for lookups, and masked for lists. */
@Repository
@RequiredArgsConstructor
class WorkerRepository {

    static final String PHONE = "phone";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    void insert(Worker worker) {
        MobilePhone phone = worker.phone();
        RecordKey key = vault.newRecordKey(worker.id());
        jdbc.sql("""
                insert into worker (id, name_zh, phone_encrypted, phone_hash, phone_masked, town_code, version)
                values (:id, :nameZh, :encrypted, :hash, :masked, :townCode, :version)
                """)
                .param("id", worker.id()).param("nameZh", worker.nameZh())
                .param("encrypted", phone == null ? null : key.seal(PHONE, phone.value()))
                .param("hash", phone == null ? null : vault.lookupHash(phone.value()))
                .param("masked", phone == null ? null : phone.masked())
                .param("townCode", worker.townCode()).param("version", worker.version())
                .update();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from worker where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean phoneTaken(MobilePhone phone) {
        return jdbc.sql("select count(*) from worker where phone_hash = :hash").param("hash", vault.lookupHash(phone.value()))
                .query(Long.class).single() > 0;
    }

    Optional<Worker> find(UUID id) {
        return jdbc.sql("select id, name_zh, phone_encrypted, town_code, version from worker where id = :id").param("id", id)
                .query(this::row).optional();
    }

    /** Listed with the phone masked; nothing is decrypted for a list. */
    Page<WorkerListing> search(String townCode, PageQuery query) {
        return Filter.where().equal("town_code", townCode).page(jdbc, "id, name_zh, phone_masked, town_code", "worker", "name_zh, id",
                (rs, n) -> new WorkerListing(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("phone_masked"),
                        rs.getString("town_code")), query);
    }

    record WorkerListing(UUID id, String nameZh, String phone, String townCode) {
    }

    private Worker row(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String phone = vault.existingRecordKey(id).open(PHONE, rs.getBytes("phone_encrypted"), String.class);
        return new Worker(id, rs.getString("name_zh"), phone == null ? null : new MobilePhone(phone), rs.getString("town_code"),
                rs.getLong("version"));
    }
}
