package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceEnvironmentsTest {

    private static final PostgresServer.Database DATABASE = new PostgresServer.Database("jdbc:postgresql://127.0.0.1/x", "x", "x");

    @TempDir
    Path home;

    private LaunchSettings settings;

    @BeforeEach
    void settle() {
        settings = LaunchSettings.from(Map.of("JINGUO_HOME", home.toString()), home, "0.1.0-SNAPSHOT");
    }

    @Test
    void eachServiceGetsAMasterKeyOfItsOwnAndOnlyIdentityTheOperationsSecret() {
        Secrets secrets = secrets("");

        Map<String, String> identity = environmentOf("identity-service", secrets);
        Map<String, String> care = environmentOf("care-service", secrets);

        assertThat(identity.get("JINGUO_MASTER_KEY")).isEqualTo(secrets.value("IDENTITY_SERVICE_MASTER_KEY")).isNotBlank();
        assertThat(care.get("JINGUO_MASTER_KEY")).isEqualTo(secrets.value("CARE_SERVICE_MASTER_KEY"))
                .isNotEqualTo(identity.get("JINGUO_MASTER_KEY"));
        assertThat(settings.services()).extracting(service -> environmentOf(service.name(), secrets).get("JINGUO_MASTER_KEY"))
                .doesNotHaveDuplicates().doesNotContainNull();
        assertThat(identity).containsKey(Secrets.OPERATIONS_CLIENT_SECRET).doesNotContainKey("JINGUO_RETIRED_MASTER_KEYS");
        assertThat(care).doesNotContainKey(Secrets.OPERATIONS_CLIENT_SECRET).doesNotContainKey("JINGUO_RETIRED_MASTER_KEYS");
    }

    @Test
    void aRotationsFormerKeysAndTheOnceSharedKeyAreRetiredKeysOfTheService() {
        Secrets secrets = secrets("JINGUO_MASTER_KEY=shared\nCARE_SERVICE_RETIRED_MASTER_KEYS=former1,former2\n");

        assertThat(environmentOf("care-service", secrets).get("JINGUO_RETIRED_MASTER_KEYS")).isEqualTo("former1,former2,shared");
        assertThat(environmentOf("org-service", secrets).get("JINGUO_RETIRED_MASTER_KEYS")).isEqualTo("shared");
    }

    private Secrets secrets(String stored) {
        Path file = settings.secretsFile();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, stored);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Secrets.ofPlatform(settings);
    }

    private Map<String, String> environmentOf(String service, Secrets secrets) {
        return new ServiceEnvironments(settings, secrets, "127.0.0.1:9092").ofService(settings.service(service), DATABASE);
    }
}
