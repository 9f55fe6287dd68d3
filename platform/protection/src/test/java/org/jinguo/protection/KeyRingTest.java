package org.jinguo.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jinguo.protection.MasterKeyCipherTest.keyStartingWith;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class KeyRingTest {

    private final MasterKeyCipher active = keyStartingWith(1);
    private final MasterKeyCipher retired = keyStartingWith(2);
    private final KeyRing ring = new KeyRing(active, List.of(retired, active));

    @Test
    void unwrapsUnderTheActiveAndTheRetiredKeysAndNamesAKeyItDoesNotHold() {
        byte[] dataKey = AesGcm.newKey();

        assertThat(ring.unwrap(active.keyId(), active.wrap(dataKey))).isEqualTo(dataKey);
        assertThat(ring.unwrap(retired.keyId(), retired.wrap(dataKey))).isEqualTo(dataKey);
        assertThat(ring.retiredIds()).containsExactly(retired.keyId());
        MasterKeyCipher stranger = keyStartingWith(3);
        assertThatThrownBy(() -> ring.unwrap(stranger.keyId(), stranger.wrap(dataKey)))
                .hasMessageContaining(stranger.keyId()).hasMessageContaining("JINGUO_RETIRED_MASTER_KEYS");
    }

    @Test
    void findsTheKeyThatEncryptedAValueBeforeDataKeys() {
        byte[] legacy = AesGcm.seal(new SecretKeySpec(key(2), "AES"), "旧值".getBytes(StandardCharsets.UTF_8), new byte[0]);

        assertThat(ring.openerOfLegacy(legacy).keyId()).isEqualTo(retired.keyId());
        assertThatThrownBy(() -> new KeyRing(active, List.of()).openerOfLegacy(legacy)).hasMessageContaining(active.keyId())
                .hasMessageContaining("JINGUO_RETIRED_MASTER_KEYS");
    }

    @Test
    void readsTheRetiredKeysCommaSeparated() {
        String encodedRetired = Base64.getEncoder().encodeToString(key(2));
        KeyRing configured = KeyRing.of(Base64.getEncoder().encodeToString(key(1)), " " + encodedRetired + " , ,");

        assertThat(configured.active().keyId()).isEqualTo(active.keyId());
        assertThat(configured.retiredIds()).containsExactly(retired.keyId());
        assertThat(KeyRing.of(Base64.getEncoder().encodeToString(key(1)), null).retiredIds()).isEmpty();
        assertThatThrownBy(() -> KeyRing.of("", encodedRetired)).hasMessageContaining("JINGUO_MASTER_KEY");
    }

    private static byte[] key(int first) {
        byte[] key = new byte[32];
        key[0] = (byte) first;
        return key;
    }
}
