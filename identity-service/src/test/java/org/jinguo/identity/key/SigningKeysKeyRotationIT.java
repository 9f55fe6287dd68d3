package org.jinguo.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.jinguo.identity.IdentityServiceApplication;
import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.KeyRotationDrill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token signing key through the life of identity-service's keys: its private half stored
 * before data keys under the master key once shared by every service, moved under a data key of
 * its own on the first start with a ring of identity's own, and still signing, without a break in
 * token issuing, once the former key is removed.
 */
class SigningKeysKeyRotationIT {

    private static final String OPERATIONS = "jinguo-operations:operations-secret-for-tests";

    private final KeyRotationDrill drill = new KeyRotationDrill(IdentityServiceApplication.class, "identity-service-rotation");

    @AfterEach
    void stop() {
        drill.close();
    }

    @Test
    void theSigningKeyStoredUnderTheSharedKeySignsAfterTheirOwnRingReplacedIt() throws Exception {
        String sharedKey = KeyRotationDrill.newKey();
        String ownKey = KeyRotationDrill.newKey();
        drill.start(sharedKey, null);
        drill.stopAll();
        JdbcClient database = drill.database();
        RSAKey signingKey = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
        // As the database was before data keys: the private half encrypted under the master key.
        database.sql("delete from signing_key").update();
        database.sql("delete from data_key").update();
        database.sql("insert into signing_key (kid, public_jwk, encrypted_private_jwk) values (?, ?, ?)")
                .params(signingKey.getKeyID(), signingKey.toPublicJWK().toJSONString(),
                        KeyRotationDrill.encryptedBeforeDataKeys(sharedKey, signingKey.toJSONString())).update();

        drill.start(ownKey, sharedKey);
        HttpApi rotating = HttpApi.onLocalPort(drill.port());
        drill.awaitRewrapped(() -> assertThat(signedWith(rotating, token(rotating))).isEqualTo(signingKey.getKeyID()));
        drill.stopAll();

        drill.start(ownKey, null);
        HttpApi after = HttpApi.onLocalPort(drill.port());
        SignedJWT token = token(after);
        assertThat(signedWith(after, token)).isEqualTo(signingKey.getKeyID());
        assertThat(new String(database.sql("select encrypted_private_jwk from signing_key").query(byte[].class).single(),
                StandardCharsets.ISO_8859_1)).doesNotContain("\"d\"", "RSA");
        assertThat(database.sql("select count(*) from data_key where master_key_id <> ?").param(MasterKeyCipher.fromBase64(ownKey).keyId())
                .query(Long.class).single()).isZero();
        HttpApi.Reply rotation = after.post("/api/v1/identity/signing-keys/rotation", null)
                .header("Authorization", "Bearer " + token.serialize()).send();
        assertThat(rotation.status()).as(rotation.body()).isEqualTo(200);
        assertThat(signedWith(after, token(after))).isEqualTo(rotation.json().get("activeKeyId").asString());
    }

    private static SignedJWT token(HttpApi api) {
        try {
            return SignedJWT.parse(api.post("/oauth2/token", "grant_type=client_credentials")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(OPERATIONS.getBytes(StandardCharsets.UTF_8)))
                    .send().json().get("access_token").asString());
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** @return the id of the published key the token verifies with */
    private static String signedWith(HttpApi api, SignedJWT token) {
        try {
            JWK key = JWKSet.parse(api.get("/oauth2/jwks").send().body()).getKeyByKeyId(token.getHeader().getKeyID());
            assertThat(key).as("published key " + token.getHeader().getKeyID()).isNotNull();
            assertThat(token.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
            return key.getKeyID();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
