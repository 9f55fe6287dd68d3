package org.jinguo.care.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jinguo.care.CareDesk;
import org.jinguo.care.CareServiceApplication;
import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.KeyRotationDrill;
import org.jinguo.testsupport.ReferenceEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A master-key rotation, as ops run it, on a database of its own: the service restarted with the
 * new key and the old one retired re-wraps every data key in the background while it serves;
 * restarted again with the old key removed from configuration, every record still reads.
 */
class KeyRotationIT {

    private final KeyRotationDrill drill = new KeyRotationDrill(CareServiceApplication.class, "care-service-rotation");

    @AfterEach
    void stop() {
        drill.close();
    }

    @Test
    void afterARotationAndWithTheOldKeyRemovedEveryRecordStillReads() {
        String oldKey = KeyRotationDrill.newKey();
        String newKey = KeyRotationDrill.newKey();
        HttpApi before = drill.start(oldKey, null);
        ReferenceEvents.towns(drill.database(), "GUSHAN");
        CareDesk desk = new CareDesk(drill.port(), drill.database(), "GUSHAN");
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            children.add(desk.child("古小" + "一二三四五六七".charAt(i), 2014, "2024-01-10", null));
        }
        String mother = desk.activeMother("古秀兰", "[\"DAILY_CARE\"]", 1, null);
        String idNumber = CareDesk.idNumber(LocalDate.of(2014, 1, 1), 77);
        String found = desk.child("古小查", 2014, "2024-01-10", idNumber);
        assertThat(keys(before).get("dataKeysByMasterKey").get(MasterKeyCipher.fromBase64(oldKey).keyId()).asLong()).isEqualTo(9);
        drill.stopAll();

        HttpApi rotating = drill.start(newKey, oldKey);
        CareDesk rotatingDesk = new CareDesk(drill.port(), drill.database(), "GUSHAN");
        List<String> addedDuringRotation = new ArrayList<>();
        drill.awaitRewrapped(() -> {
            assertThat(rotating.get("/api/v1/caring-mothers/" + mother).send().status()).isEqualTo(200);
            addedDuringRotation.add(rotatingDesk.child("古新" + addedDuringRotation.size(), 2015, "2024-02-10", null));
        });
        JsonNode rotated = keys(rotating);
        String newId = MasterKeyCipher.fromBase64(newKey).keyId();
        assertThat(rotated.get("currentMasterKeyId").asString()).isEqualTo(newId);
        assertThat(rotated.get("dataKeysByMasterKey").properties()).hasSize(1);
        assertThat(rotated.get("dataKeysByMasterKey").get(newId).asLong()).isEqualTo(9 + addedDuringRotation.size());
        assertThat(rotated.get("lookupKeyMasterKeyId").asString()).isEqualTo(newId);
        drill.stopAll();

        HttpApi after = drill.start(newKey, null);
        for (int i = 0; i < children.size(); i++) {
            assertThat(after.post("/api/v1/children/" + children.get(i) + "/personal-data/reveal", "{\"purpose\":\"轮换后核对\"}").send()
                    .json().get("name").asString()).isEqualTo("古小" + "一二三四五六七".charAt(i));
        }
        assertThat(after.post("/api/v1/children/" + addedDuringRotation.get(0) + "/personal-data/reveal", "{\"purpose\":\"轮换后核对\"}")
                .send().json().get("name").asString()).isEqualTo("古新0");
        assertThat(after.get("/api/v1/caring-mothers/" + mother).send().json().get("personal").get("name").asString()).isEqualTo("古*兰");
        assertThat(after.get("/api/v1/children?idNumber=" + idNumber).send().json().get("items").get(0).get("id").asString())
                .as("lookups by keyed hash survive the rotation").isEqualTo(found);
        drill.stopAll();

        assertThatThrownBy(() -> drill.start(oldKey, null)).as("the old key alone opens nothing any more: the service refuses to start")
                .hasStackTraceContaining(MasterKeyCipher.fromBase64(newKey).keyId()).hasStackTraceContaining("JINGUO_MASTER_KEY");
    }

    private static JsonNode keys(HttpApi api) {
        return api.get("/api/v1/protection/keys").send().json();
    }
}
