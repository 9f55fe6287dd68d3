package org.jinguo.identity.key;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jinguo.protection.KeyRing;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.protection.vault.RecordsBeforeDataKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signing keys stored before each had a data key, their private half encrypted directly under the master key. */
@Repository
@RequiredArgsConstructor
class SigningKeysBeforeDataKeysRepository implements RecordsBeforeDataKeys {

    private static final String WITHOUT_DATA_KEY = " from signing_key s where not exists (select 1 from data_key k where k.owner_id = cast(s.kid as uuid))";

    private final JdbcClient jdbc;
    private final KeyRing ring;
    private final PersonalDataVault vault;

    private record Stored(String kid, byte[] privateJwk) {
    }

    @Override
    public String name() {
        return "signing keys";
    }

    @Override
    public int convert(int limit) {
        List<Stored> batch = jdbc.sql("select kid, encrypted_private_jwk" + WITHOUT_DATA_KEY + " order by kid limit :limit for update")
                .param("limit", limit).query((rs, n) -> new Stored(rs.getString("kid"), rs.getBytes("encrypted_private_jwk"))).list();
        for (Stored key : batch) {
            String privateJwk = ring.openerOfLegacy(key.privateJwk()).openLegacy(key.privateJwk());
            jdbc.sql("update signing_key set encrypted_private_jwk = :sealed where kid = :kid").param("kid", key.kid())
                    .param("sealed", vault.sealNew(SigningKeyRepository.owner(key.kid()), SigningKeyRepository.PRIVATE_JWK, privateJwk))
                    .update();
        }
        return batch.size();
    }
}
