package org.jinguo.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class LookupHashTest {

    @Test
    void isHmacSha256InHex() {
        // RFC 4231, test case 2.
        SecretKeySpec key = new SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256");

        assertThat(LookupHash.of(key, "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void differsUnderAnotherKey() {
        SecretKeySpec one = new SecretKeySpec(new byte[32], "HmacSHA256");
        byte[] otherBytes = new byte[32];
        otherBytes[0] = 1;
        SecretKeySpec other = new SecretKeySpec(otherBytes, "HmacSHA256");

        assertThat(LookupHash.of(one, "13912345678")).isEqualTo(LookupHash.of(one, "13912345678"))
                .isNotEqualTo(LookupHash.of(other, "13912345678"));
    }
}
