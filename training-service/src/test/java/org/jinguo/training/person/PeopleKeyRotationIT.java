package org.jinguo.training.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.KeyRotationDrill;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.training.TrainingServiceApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People's phones and ID numbers through the life of training-service's keys: stored before data
 * keys under the master key once shared by every service, moved under data keys of their own on
 * the first start with a ring of training's own, re-wrapped while the service serves, and read
 * with the former key removed.
 */
class PeopleKeyRotationIT {

    private final KeyRotationDrill drill = new KeyRotationDrill(TrainingServiceApplication.class, "training-service-rotation");

    @AfterEach
    void stop() {
        drill.close();
    }

    @Test
    void peopleStoredUnderTheSharedKeyReadAfterTheirOwnRingReplacedIt() {
        String sharedKey = KeyRotationDrill.newKey();
        String ownKey = KeyRotationDrill.newKey();
        drill.start(sharedKey, null);
        JdbcClient database = drill.database();
        ReferenceEvents.towns(database, "GUSHAN");
        drill.stopAll();
        // As the database was before data keys: no lookup key of its own, values encrypted under the master key.
        database.sql("delete from lookup_key").update();
        UUID before = storeAsBeforeDataKeys(database, sharedKey, "钱秀芬", "13857911001", "330784198503080021");

        HttpApi rotating = drill.start(ownKey, sharedKey);
        List<String> addedDuringRotation = new ArrayList<>();
        drill.awaitRewrapped(() -> {
            assertThat(rotating.get("/api/v1/people/" + before).send().json().get("phone").asString()).isEqualTo("13857911001");
            addedDuringRotation.add(register(rotating, "钱新" + addedDuringRotation.size(), "1385792" + String.format("%04d", addedDuringRotation.size())));
        });
        drill.stopAll();

        HttpApi after = drill.start(ownKey, null);
        assertThat(after.get("/api/v1/people/" + before).send().json().get("idNumber").asString()).isEqualTo("330784198503080021");
        assertThat(after.get("/api/v1/people/" + addedDuringRotation.get(0)).send().json().get("phone").asString()).isEqualTo("13857920000");
        assertThat(after.post("/api/v1/people", """
                {"nameZh":"钱秀芬","phone":"13857911001","townCode":"GUSHAN"}""").send().json().get("code").asString())
                .as("hashed again under training's own lookup key, she is still found").isEqualTo("PERSON_ALREADY_REGISTERED");
        String stored = database.sql("""
                select encode(phone_encrypted, 'escape') || encode(id_number_encrypted, 'escape') || phone_hash || id_number_hash
                from person where id = ?""").param(before).query(String.class).single();
        assertThat(stored).doesNotContain("13857911001", "330784198503080021", KeyRotationDrill.hashedBeforeDataKeys(sharedKey, "13857911001"),
                KeyRotationDrill.hashedBeforeDataKeys(sharedKey, "330784198503080021"));
        assertThat(database.sql("select count(*) from data_key where master_key_id <> ?").param(MasterKeyCipher.fromBase64(ownKey).keyId())
                .query(Long.class).single()).isZero();
        drill.stopAll();

        assertThatThrownBy(() -> drill.start(sharedKey, null)).as("the shared key opens nothing of training's any more")
                .hasStackTraceContaining(MasterKeyCipher.fromBase64(ownKey).keyId()).hasStackTraceContaining("JINGUO_MASTER_KEY");
    }

    private static String register(HttpApi api, String name, String phone) {
        return api.post("/api/v1/people", "{\"nameZh\":\"" + name + "\",\"phone\":\"" + phone + "\",\"townCode\":\"GUSHAN\"}").send()
                .json().get("id").asString();
    }

    private static UUID storeAsBeforeDataKeys(JdbcClient database, String masterKey, String name, String phone, String idNumber) {
        UUID id = UUID.randomUUID();
        database.sql("""
                insert into person (id, name_zh, phone_encrypted, phone_hash, phone_masked, id_number_encrypted, id_number_hash,
                                    id_number_masked, town_code, birth_year)
                values (?, ?, ?, ?, '138****1001', ?, ?, '330784********0021', 'GUSHAN', 1985)
                """).params(id, name, KeyRotationDrill.encryptedBeforeDataKeys(masterKey, phone),
                KeyRotationDrill.hashedBeforeDataKeys(masterKey, phone), KeyRotationDrill.encryptedBeforeDataKeys(masterKey, idNumber),
                KeyRotationDrill.hashedBeforeDataKeys(masterKey, idNumber)).update();
        return id;
    }
}
