package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchSettingsTest {

    @TempDir
    Path repository;

    @Test
    void defaultsFollowTheArchitecture() {
        LaunchSettings settings = LaunchSettings.from(Map.of(), repository, "0.1.0-SNAPSHOT");

        assertThat(settings.home()).isEqualTo(repository.resolve(".jinguo"));
        assertThat(settings.logs()).isEqualTo(repository.resolve(".jinguo/logs"));
        assertThat(settings.allJvms()).extracting(ServiceSpec::name, ServiceSpec::port).containsExactly(
                tuple("identity-service", 9000), tuple("org-service", 8081), tuple("training-service", 8082),
                tuple("commerce-service", 8083), tuple("care-service", 8084), tuple("gateway", 8080));
        assertThat(settings.services()).extracting(ServiceSpec::database).containsExactly(
                "jinguo_identity", "jinguo_org", "jinguo_training", "jinguo_commerce", "jinguo_care");
        assertThat(settings.gateway().database()).isNull();
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.embeddedPostgresPort()).isEqualTo(15432);
        assertThat(settings.externalPostgresUrl()).isNull();
    }

    @Test
    void theEnvironmentMovesFoldersAndPorts() {
        LaunchSettings settings = LaunchSettings.from(Map.of(
                "JINGUO_HOME", "/var/lib/jinguo",
                "ORG_SERVICE_PORT", "18081",
                "GATEWAY_PORT", "18080",
                "KAFKA_PORT", "19092"), repository, "0.1.0-SNAPSHOT");

        assertThat(settings.home()).isEqualTo(Path.of("/var/lib/jinguo"));
        assertThat(settings.secretsFile()).isEqualTo(Path.of("/var/lib/jinguo/secrets.properties"));
        assertThat(settings.service("org-service").url()).isEqualTo("http://127.0.0.1:18081");
        assertThat(settings.gateway().port()).isEqualTo(18080);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
    }

    @Test
    void aPortThatIsNoNumberIsNamedInTheError() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("CARE_SERVICE_PORT", "eighty"), repository, "1"))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("CARE_SERVICE_PORT");
    }

    @Test
    void findsTheJarsInTheRepositoryAndTellsToBuildWhenOneIsMissing() throws Exception {
        Path orgJar = repository.resolve("org-service/target/org-service-0.1.0-SNAPSHOT.jar");
        Files.createDirectories(orgJar.getParent());
        Files.createFile(orgJar);
        LaunchSettings settings = LaunchSettings.from(Map.of("JINGUO_REPO", repository.toString()), Path.of("/elsewhere"), "0.1.0-SNAPSHOT");

        assertThat(settings.jarOf(settings.service("org-service"))).isEqualTo(orgJar);
        assertThatThrownBy(() -> settings.jarOf(settings.gateway()))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("gateway/target/gateway-0.1.0-SNAPSHOT.jar")
                .hasMessageContaining("./mvnw -DskipTests package");
    }
}
