package org.jinguo.org.cadre;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.protection.vault.RecordKey;
import org.jinguo.protection.vault.RecordsBeforeDataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cadres stored before each had a data key, their phone in clear: sealed, masked and cleared at start-up. */
@Repository
@RequiredArgsConstructor
class CadresBeforeDataKeysRepository implements RecordsBeforeDataKeys {

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    private record Stored(UUID id, String phone) {
    }

    @Override
    public String name() {
        return "cadres";
    }

    @Override
    public int convert(int limit) {
        List<Stored> batch = jdbc.sql("""
                select id, phone from cadre c where not exists (select 1 from data_key k where k.owner_id = c.id)
                order by id limit :limit for update
                """).param("limit", limit).query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("phone"))).list();
        for (Stored cadre : batch) {
            RecordKey key = vault.newRecordKey(cadre.id());
            jdbc.sql("update cadre set phone = null, phone_sealed = :sealed, phone_masked = :masked where id = :id").param("id", cadre.id())
                    .param("sealed", key.seal(CadreRepository.PHONE, cadre.phone()))
                    .param("masked", cadre.phone() == null ? null : Cadre.masked(cadre.phone()))
                    .update();
        }
        return batch.size();
    }
}
