package org.jinguo.identity.key;

import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.protection.vault.PersonalDataVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys tokens are signed with, in the database so that every instance signs with the same
 * key and a restart keeps them. One key is active; after a rotation the previous one stays
 * published for {@code publishedAfterRetirement}, so tokens it signed stay valid until they expire.
 * Each private half is sealed under a data key of its own, named by the key id, wrapped by the
 * service's key ring like any protected record.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SigningKeyRepository {

    private final JdbcClient jdbc;
    static final String PRIVATE_JWK = "private-jwk";
    private final PersonalDataVault vault;
    private final Duration publishedAfterRetirement;

    /**
     * The active key, private half included; created on first use. Instances starting together
     * may both create one: the unique index keeps the first, and every instance reads that.
     */
    public RSAKey activeKey() {
        return findActiveKey().orElseGet(() -> {
            insertIfNoneActive(generateKey());
            return findActiveKey().orElseThrow();
        });
    }

    private Optional<RSAKey> findActiveKey() {
        return jdbc.sql("select kid, encrypted_private_jwk from signing_key where retired_at is null")
                .query((rs, n) -> open(rs.getString("kid"), rs.getBytes("encrypted_private_jwk"))).optional();
    }

    /** The public halves of the active key and of the retired keys still published. */
    public List<JWK> publishedPublicKeys() {
        List<String> jwks = jdbc.sql("""
                select public_jwk from signing_key
                where retired_at is null or retired_at > now() - cast(:published as interval)
                order by created_at desc
                """)
                .param("published", publishedAfterRetirement.toMillis() + " milliseconds")
                .query(String.class).list();
        List<JWK> keys = new ArrayList<>();
        for (String jwk : jwks) {
            keys.add(parse(jwk));
        }
        return keys;
    }

    /** Retires the active key and makes a new one active. */
    @Transactional
    public RSAKey rotate() {
        jdbc.sql("update signing_key set retired_at = now() where retired_at is null").update();
        RSAKey key = generateKey();
        insertIfNoneActive(key);
        return key;
    }

    private void insertIfNoneActive(RSAKey key) {
        jdbc.sql("""
                insert into signing_key (kid, public_jwk, encrypted_private_jwk) values (:kid, :publicJwk, :privateJwk)
                on conflict do nothing
                """)
                .param("kid", key.getKeyID())
                .param("publicJwk", key.toPublicJWK().toJSONString())
                .param("privateJwk", vault.sealNew(owner(key.getKeyID()), PRIVATE_JWK, key.toJSONString()))
                .update();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    private RSAKey open(String kid, byte[] sealed) {
        return parse(vault.existingRecordKey(owner(kid)).open(PRIVATE_JWK, sealed, String.class)).toRSAKey();
    }

    /** Key ids are random UUIDs: a signing key's data key is named by its id. */
    static UUID owner(String kid) {
        return UUID.fromString(kid);
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a JWK", e);
        }
    }
}
