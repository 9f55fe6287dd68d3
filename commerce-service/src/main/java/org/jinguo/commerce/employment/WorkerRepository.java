package org.jinguo.commerce.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.MobilePhone;
import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.jdbc.Filter;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores workers with their phone encrypted, hashed for lookups, and masked for lists. */
@Repository
@RequiredArgsConstructor
class WorkerRepository {

    private final JdbcClient jdbc;
    private final MasterKeyCipher cipher;

    void insert(Worker worker) {
        MobilePhone phone = worker.phone();
        jdbc.sql("""
                insert into worker (id, name_zh, phone_encrypted, phone_hash, phone_masked, town_code, version)
                values (:id, :nameZh, :encrypted, :hash, :masked, :townCode, :version)
                """)
                .param("id", worker.id()).param("nameZh", worker.nameZh())
                .param("encrypted", phone == null ? null : cipher.encrypt(phone.value()))
                .param("hash", phone == null ? null : cipher.lookupHash(phone.value()))
                .param("masked", phone == null ? null : phone.masked())
                .param("townCode", worker.townCode()).param("version", worker.version())
                .update();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from worker where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean phoneTaken(MobilePhone phone) {
        return jdbc.sql("select count(*) from worker where phone_hash = :hash").param("hash", cipher.lookupHash(phone.value()))
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
        byte[] encrypted = rs.getBytes("phone_encrypted");
        return new Worker(rs.getObject("id", UUID.class), rs.getString("name_zh"),
                encrypted == null ? null : new MobilePhone(cipher.decrypt(encrypted)), rs.getString("town_code"), rs.getLong("version"));
    }
}
