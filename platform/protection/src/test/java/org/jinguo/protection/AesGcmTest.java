package org.jinguo.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class AesGcmTest {

    private final SecretKeySpec key = new SecretKeySpec(AesGcm.newKey(), "AES");

    @Test
    void opensWhatItSealedOnlyWithTheSameAssociatedData() {
        byte[] sealed = AesGcm.seal(key, "王小花".getBytes(StandardCharsets.UTF_8), "child-1:name".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(AesGcm.open(key, sealed, "child-1:name".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("王小花");
        assertThatThrownBy(() -> AesGcm.open(key, sealed, "child-2:name".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }
}
