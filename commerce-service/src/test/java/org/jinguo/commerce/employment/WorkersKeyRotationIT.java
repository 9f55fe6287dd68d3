package org.jinguo.commerce.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.commerce.CommerceServiceApplication;
import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.KeyRotationDrill;
import org.jinguo.testsupport.ReferenceEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Workers' phones through the life of commerce-service's keys: stored before data keys under the
 * master key once shared by every service, moved under data keys of their own on the first start
 * with a ring of commerce's own, and read once the former key is removed.
 */
class WorkersKeyRotationIT {

    private final KeyRotationDrill drill = new KeyRotationDrill(CommerceServiceApplication.class, "commerce-service-rotation");

    @AfterEach
    void stop() {
        drill.close();
    }

    @Test
    void workersStoredUnderTheSharedKeyReadAfterTheirOwnRingReplacedIt() {
        String sharedKey = KeyRotationDrill.newKey();
        String ownKey = KeyRotationDrill.newKey();
        drill.start(sharedKey, null);
        JdbcClient database = drill.database();
        ReferenceEvents.towns(database, "HUANGTIANDIAN");
        drill.stopAll();
        // As the database was before data keys: no lookup key of its own, the phone encrypted under the master key.
        database.sql("delete from lookup_key").update();
        UUID before = UUID.randomUUID();
        database.sql("""
                insert into worker (id, name_zh, phone_encrypted, phone_hash, phone_masked, town_code)
                values (?, '黄阿姨', ?, ?, '139****0001', 'HUANGTIANDIAN')
                """).params(before, KeyRotationDrill.encryptedBeforeDataKeys(sharedKey, "13957600001"),
                KeyRotationDrill.hashedBeforeDataKeys(sharedKey, "13957600001")).update();

        HttpApi rotating = drill.start(ownKey, sharedKey);
        drill.awaitRewrapped(() -> assertThat(rotating.get("/api/v1/workers/" + before).send().json().get("phone").asString())
                .isEqualTo("13957600001"));
        drill.stopAll();

        HttpApi after = drill.start(ownKey, null);
        assertThat(after.get("/api/v1/workers/" + before).send().json().get("phone").asString()).isEqualTo("13957600001");
        assertThat(after.post("/api/v1/workers", """
                {"nameZh":"黄阿姨","phone":"13957600001","townCode":"HUANGTIANDIAN"}""").send().status())
                .as("hashed again under commerce's own lookup key, she is still found").isEqualTo(409);
        assertThat(database.sql("select encode(phone_encrypted, 'escape') || phone_hash from worker where id = ?").param(before)
                .query(String.class).single()).doesNotContain("13957600001", KeyRotationDrill.hashedBeforeDataKeys(sharedKey, "13957600001"));
        assertThat(database.sql("select count(*) from data_key where master_key_id <> ?").param(MasterKeyCipher.fromBase64(ownKey).keyId())
                .query(Long.class).single()).isZero();
    }
}
