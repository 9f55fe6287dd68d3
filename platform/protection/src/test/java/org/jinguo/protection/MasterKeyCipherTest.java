package org.jinguo.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class MasterKeyCipherTest {

    private final MasterKeyCipher cipher = MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void decryptsWhatItEncryptedAndNeverEncryptsTheSameWayTwice() {
        byte[] once = cipher.encrypt("私钥");
        byte[] twice = cipher.encrypt("私钥");

        assertThat(cipher.decrypt(once)).isEqualTo("私钥");
        assertThat(once).isNotEqualTo(twice);
    }

    @Test
    void refusesAnotherKeysDataAndAlteredData() {
        byte[] encrypted = cipher.encrypt("secret");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        MasterKeyCipher other = MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(otherKey));
        encrypted[encrypted.length - 1] ^= 1;

        assertThatThrownBy(() -> other.decrypt(cipher.encrypt("secret"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(encrypted)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsTheKeyInEitherBase64Alphabet() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xFB;
        key[1] = (byte) 0xFF;
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        MasterKeyCipher fromUrlSafe = MasterKeyCipher.fromBase64(urlSafe);
        MasterKeyCipher fromStandard = MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(key));

        assertThat(urlSafe).contains("-");
        assertThat(fromStandard.decrypt(fromUrlSafe.encrypt("同一把钥匙"))).isEqualTo("同一把钥匙");
    }

    @Test
    void namesWhatIsWrongWithAMissingOrShortKey() {
        assertThatThrownBy(() -> MasterKeyCipher.fromBase64("")).hasMessageContaining("JINGUO_MASTER_KEY");
        assertThatThrownBy(() -> MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void aLookupHashIsTheSameForTheSameValueAndKeyAndDiffersOtherwise() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        MasterKeyCipher other = MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(otherKey));

        assertThat(cipher.lookupHash("13857912345")).isEqualTo(cipher.lookupHash("13857912345")).hasSize(64);
        assertThat(cipher.lookupHash("13857912346")).isNotEqualTo(cipher.lookupHash("13857912345"));
        assertThat(other.lookupHash("13857912345")).isNotEqualTo(cipher.lookupHash("13857912345"));
    }

    @Test
    void unwrapsOnlyWhatItWrappedAndNamesItselfByAnIdThatIsNotTheKey() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 7;
        MasterKeyCipher other = MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(otherKey));
        byte[] dataKey = AesGcm.newKey();

        byte[] wrapped = cipher.wrap(dataKey);

        assertThat(cipher.unwrap(wrapped)).isEqualTo(dataKey);
        assertThatThrownBy(() -> other.unwrap(wrapped)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(wrapped)).as("a wrapped key is not a message").isInstanceOf(IllegalStateException.class);
        assertThat(cipher.keyId()).hasSize(16).isEqualTo(MasterKeyCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[32])).keyId())
                .isNotEqualTo(other.keyId());
    }
}
