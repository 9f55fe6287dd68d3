package org.jinguo.care.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jinguo.care.CareDesk;
import org.jinguo.care.CareServiceApplication;
import org.jinguo.protection.MasterKeyCipher;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.TestIssuer;
import org.jinguo.testsupport.TestKafka;
import org.jinguo.testsupport.TestPostgres;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A master-key rotation, as ops run it, on a database of its own: the service restarted with the
 * new key and the old one retired re-wraps every data key; restarted again with the old key
 * removed from configuration, every record still reads.
 */
class KeyRotationIT {

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final TestPostgres.Database database = TestPostgres.get().newDatabase();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void afterARotationAndWithTheOldKeyRemovedEveryRecordStillReads() {
        String oldKey = newKey();
        String newKey = newKey();
        HttpApi before = start(oldKey, null);
        ReferenceEvents.towns(database(), "GUSHAN");
        CareDesk desk = new CareDesk(port(), database(), "GUSHAN");
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            children.add(desk.child("古小" + "一二三四五六七".charAt(i), 2014, "2024-01-10", null));
        }
        String mother = desk.activeMother("古秀兰", "[\"DAILY_CARE\"]", 1, null);
        String idNumber = CareDesk.idNumber(LocalDate.of(2014, 1, 1), 77);
        String found = desk.child("古小查", 2014, "2024-01-10", idNumber);
        assertThat(keys(before).get("dataKeysByMasterKey").get(MasterKeyCipher.fromBase64(oldKey).keyId()).asLong()).isEqualTo(9);
        stopAll();

        HttpApi rotating = start(newKey, oldKey);
        JsonNode rotated = keys(rotating);
        String newId = MasterKeyCipher.fromBase64(newKey).keyId();
        assertThat(rotated.get("currentMasterKeyId").asString()).isEqualTo(newId);
        assertThat(rotated.get("dataKeysByMasterKey").properties()).hasSize(1);
        assertThat(rotated.get("dataKeysByMasterKey").get(newId).asLong()).isEqualTo(9);
        assertThat(rotated.get("lookupKeyMasterKeyId").asString()).isEqualTo(newId);
        stopAll();

        HttpApi after = start(newKey, null);
        for (int i = 0; i < children.size(); i++) {
            assertThat(after.post("/api/v1/children/" + children.get(i) + "/personal-data/reveal", "{\"purpose\":\"轮换后核对\"}").send()
                    .json().get("name").asString()).isEqualTo("古小" + "一二三四五六七".charAt(i));
        }
        assertThat(after.get("/api/v1/caring-mothers/" + mother).send().json().get("personal").get("name").asString()).isEqualTo("古*兰");
        assertThat(after.get("/api/v1/children?idNumber=" + idNumber).send().json().get("items").get(0).get("id").asString())
                .as("lookups by keyed hash survive the rotation").isEqualTo(found);
        stopAll();

        assertThatThrownBy(() -> start(oldKey, null)).as("the old key alone opens nothing any more: the service refuses to start")
                .hasStackTraceContaining(MasterKeyCipher.fromBase64(newKey).keyId()).hasStackTraceContaining("JINGUO_MASTER_KEY");
    }

    private HttpApi start(String masterKey, String retiredKeys) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                // A consumer group of its own, so the reference events reach this instance and not the other tests' context.
                "--spring.application.name=care-service-rotation",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--jinguo.security.issuer=" + TestIssuer.get().url(),
                "--jinguo.master-key=" + masterKey));
        if (retiredKeys != null) {
            arguments.add("--jinguo.retired-master-keys=" + retiredKeys);
        }
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(CareServiceApplication.class).run(arguments.toArray(String[]::new));
        instances.add(instance);
        return HttpApi.onLocalPort(port()).as(TestTokens.cityAdmin());
    }

    private int port() {
        return instances.get(instances.size() - 1).getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private JdbcClient database() {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
    }

    private void stopAll() {
        instances.forEach(ConfigurableApplicationContext::close);
        instances.clear();
    }

    private static JsonNode keys(HttpApi api) {
        return api.get("/api/v1/protection/keys").send().json();
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
