package org.jinguo.protection.vault;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code data_key} and {@code lookup_key} tables ({@code db/protection}). */
@RequiredArgsConstructor
class DataKeyRepository {

    private final JdbcClient jdbc;

    record WrappedKey(UUID ownerId, byte[] wrapped, String masterKeyId) {

        boolean destroyed() {
            return wrapped == null;
        }
    }

    /** @return false when the owner has a key already (then that one is used) */
    boolean insert(UUID ownerId, byte[] wrapped, String masterKeyId) {
        return jdbc.sql("""
                insert into data_key (owner_id, wrapped, master_key_id) values (:owner, :wrapped, :masterKeyId)
                on conflict (owner_id) do nothing
                """).param("owner", ownerId).param("wrapped", wrapped).param("masterKeyId", masterKeyId).update() == 1;
    }

    Optional<WrappedKey> find(UUID ownerId) {
        return jdbc.sql("select owner_id, wrapped, master_key_id from data_key where owner_id = :owner").param("owner", ownerId)
                .query((rs, n) -> new WrappedKey(rs.getObject("owner_id", UUID.class), rs.getBytes("wrapped"), rs.getString("master_key_id")))
                .optional();
    }

    void destroy(UUID ownerId) {
        jdbc.sql("update data_key set wrapped = null, master_key_id = null, destroyed_at = now() where owner_id = :owner")
                .param("owner", ownerId).update();
    }

    /** Keys wrapped under another master key than the current one, locked so two instances re-wrap each once. */
    List<WrappedKey> lockNotUnder(String masterKeyId, int limit) {
        return jdbc.sql("""
                select owner_id, wrapped, master_key_id from data_key where wrapped is not null and master_key_id <> :masterKeyId
                order by owner_id limit :limit for update skip locked
                """).param("masterKeyId", masterKeyId).param("limit", limit)
                .query((rs, n) -> new WrappedKey(rs.getObject("owner_id", UUID.class), rs.getBytes("wrapped"), rs.getString("master_key_id")))
                .list();
    }

    void rewrap(UUID ownerId, byte[] wrapped, String masterKeyId) {
        jdbc.sql("update data_key set wrapped = :wrapped, master_key_id = :masterKeyId where owner_id = :owner")
                .param("owner", ownerId).param("wrapped", wrapped).param("masterKeyId", masterKeyId).update();
    }

    Map<String, Long> liveKeysByMasterKey() {
        return jdbc.sql("select master_key_id, count(*) as keys from data_key where wrapped is not null group by master_key_id order by 1")
                .query((rs, n) -> Map.entry(rs.getString("master_key_id"), rs.getLong("keys"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
    }

    /** Keys, the lookup key included, still wrapped under another master key than the active one. */
    long wrappedNotUnder(String masterKeyId) {
        return jdbc.sql("""
                select (select count(*) from data_key where wrapped is not null and master_key_id <> :masterKeyId)
                     + (select count(*) from lookup_key where master_key_id <> :masterKeyId)
                """).param("masterKeyId", masterKeyId).query(Long.class).single();
    }

    long destroyedKeys() {
        return jdbc.sql("select count(*) from data_key where wrapped is null").query(Long.class).single();
    }

    Optional<WrappedKey> lookupKey() {
        return jdbc.sql("select wrapped, master_key_id from lookup_key where id = 1")
                .query((rs, n) -> new WrappedKey(null, rs.getBytes("wrapped"), rs.getString("master_key_id"))).optional();
    }

    void insertLookupKey(byte[] wrapped, String masterKeyId) {
        jdbc.sql("insert into lookup_key (id, wrapped, master_key_id) values (1, :wrapped, :masterKeyId) on conflict (id) do nothing")
                .param("wrapped", wrapped).param("masterKeyId", masterKeyId).update();
    }

    /** @return the lookup key's row when it is wrapped under another master key, locked */
    Optional<WrappedKey> lockLookupKeyNotUnder(String masterKeyId) {
        return jdbc.sql("select wrapped, master_key_id from lookup_key where id = 1 and master_key_id <> :masterKeyId for update")
                .param("masterKeyId", masterKeyId)
                .query((rs, n) -> new WrappedKey(null, rs.getBytes("wrapped"), rs.getString("master_key_id"))).optional();
    }

    void rewrapLookupKey(byte[] wrapped, String masterKeyId) {
        jdbc.sql("update lookup_key set wrapped = :wrapped, master_key_id = :masterKeyId where id = 1")
                .param("wrapped", wrapped).param("masterKeyId", masterKeyId).update();
    }
}
