package org.jinguo.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.jinguo.identity.key.SigningKeyRepository;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class ClientCredentialsIT {

    private static final String OPERATIONS = "jinguo-operations";
    private static final String SECRET = "operations-secret-for-tests";

    @LocalServerPort
    int port;
    @Autowired
    SigningKeyRepository keys;
    @Autowired
    JdbcClient jdbc;
    HttpApi api;

    @BeforeEach
    void connect() {
        api = HttpApi.onLocalPort(port);
    }

    @Test
    void theOperationsClientGetsASignedTokenCarryingCityAdmin() throws Exception {
        SignedJWT token = SignedJWT.parse(token(OPERATIONS, SECRET).json().get("access_token").asString());

        assertThat(verifiesWithPublishedKeys(token)).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("http://identity.test");
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(OPERATIONS);
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("CITY_ADMIN");
        assertThat(token.getJWTClaimsSet().getStringClaim("client_id")).isEqualTo(OPERATIONS);
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactlyInAnyOrder("gateway", "identity-service", "org-service",
                "training-service", "commerce-service", "care-service");
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isAfter(new java.util.Date());
    }

    @Test
    void aWrongSecretGetsNoToken() {
        HttpApi.Reply reply = token(OPERATIONS, "not-the-secret");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void aKeyRotationKeepsTokensInFlightVerifiable() throws Exception {
        SignedJWT before = SignedJWT.parse(token(OPERATIONS, SECRET).json().get("access_token").asString());
        HttpApi.Reply rotation = api.post("/api/v1/identity/signing-keys/rotation", null)
                .header("Authorization", "Bearer " + before.serialize()).send();
        assertThat(rotation.status()).isEqualTo(200);
        SignedJWT after = SignedJWT.parse(token(OPERATIONS, SECRET).json().get("access_token").asString());

        assertThat(after.getHeader().getKeyID()).isNotEqualTo(before.getHeader().getKeyID())
                .isEqualTo(rotation.json().get("activeKeyId").asString());
        assertThat(publishedKeys().getKeys()).extracting(JWK::getKeyID)
                .contains(before.getHeader().getKeyID(), after.getHeader().getKeyID());
        assertThat(verifiesWithPublishedKeys(before)).isTrue();
        assertThat(verifiesWithPublishedKeys(after)).isTrue();
    }

    @Test
    void privateKeysAreEncryptedAtRestAndNeverPublished() throws Exception {
        keys.activeKey();
        List<byte[]> stored = jdbc.sql("select encrypted_private_jwk from signing_key").query(byte[].class).list();

        assertThat(stored).isNotEmpty().allSatisfy(bytes ->
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("\"d\"", "RSA"));
        assertThat(publishedKeys().getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
    }

    private HttpApi.Reply token(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return api.post("/oauth2/token", "grant_type=client_credentials")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .send();
    }

    private JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(api.get("/oauth2/jwks").send().body());
    }

    private boolean verifiesWithPublishedKeys(SignedJWT token) throws Exception {
        JWK key = publishedKeys().getKeyByKeyId(token.getHeader().getKeyID());
        return key != null && token.verify(new RSASSAVerifier(key.toRSAKey()));
    }
}
