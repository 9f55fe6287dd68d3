package org.jinguo.commerce.employment;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.protection.KeyRing;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.protection.vault.RecordKey;
import org.jinguo.protection.vault.RecordsBeforeDataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Workers stored before each had a data key: the phone encrypted directly under the master key,
 * hashed under a key derived from it. Moved under data keys of their own at start-up, and hashed
 * again under the database's lookup key.
 */
@Repository
@RequiredArgsConstructor
class WorkersBeforeDataKeysRepository implements RecordsBeforeDataKeys {

    private static final String WITHOUT_DATA_KEY = " from worker w where not exists (select 1 from data_key k where k.owner_id = w.id)";

    private final JdbcClient jdbc;
    private final KeyRing ring;
    private final PersonalDataVault vault;

    private record Stored(UUID id, byte[] phone) {
    }

    @Override
    public String name() {
        return "workers";
    }

    @Override
    public int convert(int limit) {
        List<Stored> batch = jdbc.sql("select id, phone_encrypted" + WITHOUT_DATA_KEY + " order by id limit :limit for update")
                .param("limit", limit)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getBytes("phone_encrypted"))).list();
        for (Stored worker : batch) {
            RecordKey key = vault.newRecordKey(worker.id());
            String phone = worker.phone() == null ? null : ring.openerOfLegacy(worker.phone()).openLegacy(worker.phone());
            jdbc.sql("update worker set phone_encrypted = :phone, phone_hash = :hash where id = :id").param("id", worker.id())
                    .param("phone", key.seal(WorkerRepository.PHONE, phone)).param("hash", phone == null ? null : vault.lookupHash(phone))
                    .update();
        }
        return batch.size();
    }
}
