package org.jinguo.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class MasterKeyCipherTest {

    private static final byte[] KEY = new byte[32];
    private final MasterKeyCipher cipher = MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(KEY));

    @Test
    void unwrapsOnlyWhatItWrappedAndNamesItselfByAnIdThatIsNotTheKey() {
        MasterKeyCipher other = keyStartingWith(7);
        byte[] dataKey = AesGcm.newKey();

        byte[] wrapped = cipher.wrap(dataKey);

        assertThat(cipher.unwrap(wrapped)).isEqualTo(dataKey);
        assertThat(cipher.wrap(dataKey)).as("a fresh IV every time").isNotEqualTo(wrapped);
        assertThatThrownBy(() -> other.unwrap(wrapped)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.openLegacy(wrapped)).as("a wrapped key is not a message").isInstanceOf(IllegalStateException.class);
        assertThat(cipher.keyId()).hasSize(16).isEqualTo(MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[32])).keyId())
                .isNotEqualTo(other.keyId());
    }

    @Test
    void opensWhatWasEncryptedDirectlyUnderItBeforeDataKeys() {
        byte[] legacy = AesGcm.seal(new SecretKeySpec(KEY, "AES"), "13857912345".getBytes(StandardCharsets.UTF_8), new byte[0]);

        assertThat(cipher.openLegacy(legacy)).isEqualTo("13857912345");
        assertThatThrownBy(() -> keyStartingWith(1).openLegacy(legacy)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsTheKeyInEitherBase64Alphabet() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xFB;
        key[1] = (byte) 0xFF;
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(key);

        assertThat(urlSafe).contains("-");
        assertThat(MasterKeyCipher.fromBase64(urlSafe).keyId()).isEqualTo(MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(key)).keyId());
    }

    @Test
    void namesWhatIsWrongWithAMissingOrShortKey() {
        assertThatThrownBy(() -> MasterKeyCipher.fromBase64("")).hasMessageContaining("JINGUO_MASTER_KEY");
        assertThatThrownBy(() -> MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    static MasterKeyCipher keyStartingWith(int first) {
        byte[] key = new byte[32];
        key[0] = (byte) first;
        return MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(key));
    }
}
