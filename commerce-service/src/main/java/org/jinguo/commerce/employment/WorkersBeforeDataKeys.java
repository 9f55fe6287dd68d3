package org.jinguo.commerce.employment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.protection.KeyRing;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.protection.vault.RecordKey;
import org.jinguo.protection.vault.RecordsBeforeDataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Workers stored before each had a data key: the phone encrypted directly under the master key,
 * hashed under the key derived from it. Moved under data keys of their own at start-up; their
 * hashes stay as they are, since the lookup key of such a database is the one they were made with.
 */
@Component
@RequiredArgsConstructor
class WorkersBeforeDataKeys implements RecordsBeforeDataKeys {

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
    public Optional<byte[]> anyEncryptedValue() {
        return jdbc.sql("select phone_encrypted" + WITHOUT_DATA_KEY + " and phone_encrypted is not null limit 1").query(byte[].class).optional();
    }

    @Override
    public boolean hashedUnderMasterKey() {
        return true;
    }

    @Override
    public int convert(int limit) {
        List<Stored> batch = jdbc.sql("select id, phone_encrypted" + WITHOUT_DATA_KEY + " order by id limit :limit for update")
                .param("limit", limit)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getBytes("phone_encrypted"))).list();
        for (Stored worker : batch) {
            RecordKey key = vault.newRecordKey(worker.id());
            jdbc.sql("update worker set phone_encrypted = :phone where id = :id").param("id", worker.id())
                    .param("phone", worker.phone() == null ? null
                            : key.seal(WorkerRepository.PHONE, ring.openerOfLegacy(worker.phone()).openLegacy(worker.phone())))
                    .update();
        }
        return batch.size();
    }
}
