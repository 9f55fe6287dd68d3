package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path home;

    @Test
    void generatesA256BitMasterKeyOnceIntoAFileOnlyTheOwnerCanRead() throws Exception {
        Path file = home.resolve("secrets.properties");

        Secrets first = Secrets.loadOrCreate(file, List.of(Secrets.masterKeyOf("care-service")));
        Secrets second = Secrets.loadOrCreate(file, List.of(Secrets.masterKeyOf("care-service")));

        String key = first.value(Secrets.masterKeyOf("care-service"));
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
        assertThat(key).as("usable in HTTP Basic authentication as it is").doesNotContain("+", "/", "=");
        assertThat(second.value(Secrets.masterKeyOf("care-service"))).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aSecretAddedLaterIsGeneratedWithoutChangingTheOnesKept() {
        Path file = home.resolve("secrets.properties");
        String masterKey = Secrets.loadOrCreate(file, List.of(Secrets.masterKeyOf("care-service"))).value(Secrets.masterKeyOf("care-service"));

        Secrets grown = Secrets.loadOrCreate(file, List.of(Secrets.masterKeyOf("care-service"), "JINGUO_SIGNING_KEY"));

        assertThat(grown.value(Secrets.masterKeyOf("care-service"))).isEqualTo(masterKey);
        assertThat(grown.value("JINGUO_SIGNING_KEY")).isNotBlank().isNotEqualTo(masterKey);
        assertThat(Secrets.loadOrCreate(file, List.of("JINGUO_SIGNING_KEY")).asEnvironment(List.of("JINGUO_SIGNING_KEY")))
                .isEqualTo(Map.of("JINGUO_SIGNING_KEY", grown.value("JINGUO_SIGNING_KEY")));
    }

    @Test
    void neverShowsAValueWhenPrinted() {
        Secrets secrets = Secrets.loadOrCreate(home.resolve("secrets.properties"), List.of(Secrets.masterKeyOf("care-service")));

        assertThat(secrets.toString())
                .contains(Secrets.masterKeyOf("care-service"))
                .doesNotContain(secrets.value(Secrets.masterKeyOf("care-service")));
    }
}
