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

        Secrets first = Secrets.loadOrCreate(file, List.of(Secrets.MASTER_KEY));
        Secrets second = Secrets.loadOrCreate(file, List.of(Secrets.MASTER_KEY));

        String key = first.value(Secrets.MASTER_KEY);
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
        assertThat(key).as("usable in HTTP Basic authentication as it is").doesNotContain("+", "/", "=");
        assertThat(second.value(Secrets.MASTER_KEY)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aSecretAddedLaterIsGeneratedWithoutChangingTheOnesKept() {
        Path file = home.resolve("secrets.properties");
        String masterKey = Secrets.loadOrCreate(file, List.of(Secrets.MASTER_KEY)).value(Secrets.MASTER_KEY);

        Secrets grown = Secrets.loadOrCreate(file, List.of(Secrets.MASTER_KEY, "JINGUO_SIGNING_KEY"));

        assertThat(grown.value(Secrets.MASTER_KEY)).isEqualTo(masterKey);
        assertThat(grown.value("JINGUO_SIGNING_KEY")).isNotBlank().isNotEqualTo(masterKey);
        assertThat(Secrets.loadOrCreate(file, List.of("JINGUO_SIGNING_KEY")).asEnvironment(List.of("JINGUO_SIGNING_KEY")))
                .isEqualTo(Map.of("JINGUO_SIGNING_KEY", grown.value("JINGUO_SIGNING_KEY")));
    }

    @Test
    void neverShowsAValueWhenPrinted() {
        Secrets secrets = Secrets.loadOrCreate(home.resolve("secrets.properties"), List.of(Secrets.MASTER_KEY));

        assertThat(secrets.toString())
                .contains(Secrets.MASTER_KEY)
                .doesNotContain(secrets.value(Secrets.MASTER_KEY));
    }
}
