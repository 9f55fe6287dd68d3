package org.jinguo.org.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jinguo.org.OrgFixtures;
import org.jinguo.org.OrgServiceApplication;
import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.KeyRotationDrill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cadres' phones through the life of org-service's keys: stored in clear before data keys, sealed
 * under data keys of their own on the first start with a key ring, re-wrapped while the service
 * serves when the master key is rotated, and read with the former key removed.
 */
class CadresKeyRotationIT {

    private final KeyRotationDrill drill = new KeyRotationDrill(OrgServiceApplication.class, "org-service-rotation");

    @AfterEach
    void stop() {
        drill.close();
    }

    @Test
    void aPhoneStoredInClearIsSealedAndSurvivesARotation() {
        String firstKey = KeyRotationDrill.newKey();
        String secondKey = KeyRotationDrill.newKey();
        HttpApi first = drill.start(firstKey, null);
        String town = new OrgFixtures(first).town("TANGXIAN");
        String cadre = appoint(first, town, "陈美华", "13857912345");
        drill.stopAll();
        JdbcClient database = drill.database();
        // As the table was before data keys: the phone in clear, nothing sealed.
        database.sql("update cadre set phone = '13857912345', phone_sealed = null, phone_masked = null where id = ?")
                .param(UUID.fromString(cadre)).update();
        database.sql("delete from data_key").update();

        HttpApi converted = drill.start(firstKey, null);
        assertThat(converted.get("/api/v1/cadres/" + cadre).send().json().get("phone").asString()).isEqualTo("13857912345");
        assertThat(database.sql("select count(*) from cadre where phone is not null").query(Long.class).single()).isZero();
        assertThat(database.sql("select encode(phone_sealed, 'escape') || phone_masked from cadre where id = ?")
                .param(UUID.fromString(cadre)).query(String.class).single()).doesNotContain("13857912345").contains("138****2345");
        drill.stopAll();

        HttpApi rotating = drill.start(secondKey, firstKey);
        List<String> appointedDuringRotation = new ArrayList<>();
        drill.awaitRewrapped(() -> {
            assertThat(rotating.get("/api/v1/cadres/" + cadre).send().json().get("phone").asString()).isEqualTo("13857912345");
            appointedDuringRotation.add(appoint(rotating, town, "周晓燕" + appointedDuringRotation.size(), "13600001111"));
        });
        drill.stopAll();

        HttpApi after = drill.start(secondKey, null);
        assertThat(after.get("/api/v1/cadres/" + cadre).send().json().get("phone").asString()).isEqualTo("13857912345");
        assertThat(after.get("/api/v1/cadres/" + appointedDuringRotation.get(0)).send().json().get("phone").asString())
                .isEqualTo("13600001111");
        assertThat(database.sql("select count(*) from data_key where master_key_id <> ?")
                .param(MasterKeyCipher.fromBase64(secondKey).keyId()).query(Long.class).single()).isZero();
    }

    private static String appoint(HttpApi api, String organization, String name, String phone) {
        HttpApi.Reply appointed = api.post("/api/v1/organizations/" + organization + "/cadres", """
                {"nameZh":"%s","post":"LIAISON","phone":"%s","termStartedOn":"2021-03-08"}""".formatted(name, phone)).send();
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        return appointed.json().get("id").asString();
    }
}
