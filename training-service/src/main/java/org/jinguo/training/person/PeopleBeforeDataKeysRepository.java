package org.jinguo.training.person;

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
 * People stored before each had a data key: phone and ID number encrypted directly under the
 * master key, hashed under a key derived from it. Moved under data keys of their own at start-up,
 * and hashed again under the database's lookup key.
 */
@Repository
@RequiredArgsConstructor
class PeopleBeforeDataKeysRepository implements RecordsBeforeDataKeys {

    private static final String WITHOUT_DATA_KEY = " from person p where not exists (select 1 from data_key k where k.owner_id = p.id)";

    private final JdbcClient jdbc;
    private final KeyRing ring;
    private final PersonalDataVault vault;

    private record Stored(UUID id, byte[] phone, byte[] idNumber) {
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public int convert(int limit) {
        List<Stored> batch = jdbc.sql("select id, phone_encrypted, id_number_encrypted" + WITHOUT_DATA_KEY + " order by id limit :limit for update")
                .param("limit", limit)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getBytes("phone_encrypted"), rs.getBytes("id_number_encrypted")))
                .list();
        for (Stored person : batch) {
            RecordKey key = vault.newRecordKey(person.id());
            String phone = ring.openerOfLegacy(person.phone()).openLegacy(person.phone());
            String idNumber = person.idNumber() == null ? null : ring.openerOfLegacy(person.idNumber()).openLegacy(person.idNumber());
            jdbc.sql("""
                    update person set phone_encrypted = :phone, phone_hash = :phoneHash,
                                      id_number_encrypted = :idNumber, id_number_hash = :idNumberHash
                    where id = :id
                    """)
                    .param("id", person.id())
                    .param("phone", key.seal(PersonRepository.PHONE, phone)).param("phoneHash", vault.lookupHash(phone))
                    .param("idNumber", key.seal(PersonRepository.ID_NUMBER, idNumber))
                    .param("idNumberHash", idNumber == null ? null : vault.lookupHash(idNumber))
                    .update();
        }
        return batch.size();
    }
}
