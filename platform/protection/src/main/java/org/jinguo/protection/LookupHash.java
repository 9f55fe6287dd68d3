package org.jinguo.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Keyed hashes of identifiers (a phone, an ID number) for finding records that keep them only
 * encrypted: equal values give equal hashes, and without the key no hash can be reversed by
 * trying every number.
 */
public final class LookupHash {

    private LookupHash() {
    }

    /** @return HMAC-SHA256 of the value's UTF-8 bytes under the key, as 64 hex characters */
    public static String of(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }
}
